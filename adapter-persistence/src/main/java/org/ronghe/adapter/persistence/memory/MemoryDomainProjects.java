package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.project.DomainAlreadyListedException;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;

final class MemoryDomainProjects implements DomainProjects {

    private final VersionedRows<ProjectId, DomainProject.State> rows;
    private final Map<String, DomainDefinition> domains = new TreeMap<>();
    private final MemoryTransactions transactions;

    MemoryDomainProjects(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "project");
        this.transactions = transactions;
    }

    private static DomainProject toProject(VersionedRows.Versioned<DomainProject.State> v) {
        var s = v.row();
        return DomainProject.restore(new DomainProject.State(s.id(), s.domain(), s.title(), s.flagBearer(),
                s.principal(), s.coOrganizations(), s.mechanism(), s.areas(), s.committees(), s.commitments(),
                s.status(), s.suspendedFrom(), s.statusReason(), s.signedOn(), s.progress(), s.comments(),
                v.version()));
    }

    @Override
    public Optional<DomainProject> findById(ProjectId id) {
        return rows.get(id).map(MemoryDomainProjects::toProject);
    }

    @Override
    public void add(DomainProject project) {
        rows.insert(project.getId(), project.state());
        project.markStored(1);
    }

    @Override
    public void update(DomainProject project) {
        project.markStored(rows.update(project.getId(), project.version(), project.state()));
    }

    @Override
    public Page<DomainProject> find(ProjectCriteria criteria, PageRequest page) {
        return MemoryPages.of(rows.all().map(MemoryDomainProjects::toProject).filter(criteria::matches)
                .sorted(Comparator.comparing((DomainProject p) -> p.domain().value())
                        .thenComparing(p -> p.getId().toString()))
                .toList(), page);
    }

    @Override
    public Optional<DomainDefinition> findDomain(DomainCode code) {
        return transactions.read(() -> Optional.ofNullable(domains.get(code.value())));
    }

    @Override
    public void addDomain(DomainDefinition domain) {
        String key = domain.code().value();
        transactions.atomically(() -> {
            if (domains.containsKey(key)) {
                throw new DomainAlreadyListedException(domain.code());
            }
            transactions.write(() -> domains.put(key, domain), () -> domains.remove(key));
            return null;
        });
    }

    @Override
    public List<DomainDefinition> domains() {
        return transactions.read(() -> List.copyOf(domains.values()));
    }
}
