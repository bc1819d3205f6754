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

final class MemoryDomainProjects extends MemoryAggregates<DomainProject, ProjectId, DomainProject.State>
        implements DomainProjects {

    private final Map<String, DomainDefinition> domains = new TreeMap<>();
    private final MemoryTransactions transactions;

    MemoryDomainProjects(MemoryTransactions transactions) {
        super(transactions, "project", new Shape<>(DomainProject::restore,
                DomainProject::getId, DomainProject::state, DomainProject::version, DomainProject::markStored));
        this.transactions = transactions;
    }

    @Override
    public Page<DomainProject> find(ProjectCriteria criteria, PageRequest page) {
        return MemoryPages.of(stored().filter(criteria::matches)
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
