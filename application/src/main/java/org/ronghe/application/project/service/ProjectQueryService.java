package org.ronghe.application.project.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.in.ProjectQueries;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.AggregateNotFoundException;

public record ProjectQueryService(DomainProjects projects, Organizations organizations, Clock clock)
        implements ProjectQueries {

    private LocalDate dayOf(LocalDate asOf) {
        return asOf != null ? asOf : clock.today();
    }

    @Override
    public ProjectView project(ProjectId id, LocalDate asOf) {
        return projects.findById(id).map(p -> ProjectView.of(p, dayOf(asOf)))
                .orElseThrow(() -> new AggregateNotFoundException("project", id));
    }

    @Override
    public Page<ProjectView> projects(ProjectCriteria criteria, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        return projects.find(criteria, page).map(p -> ProjectView.of(p, day));
    }

    @Override
    public Page<ProjectView> projects(ProjectCriteria criteria, boolean atRiskOnly, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        var filtered = atRiskOnly ? new ProjectCriteria(criteria.domain(), criteria.flagBearer(), criteria.status(), day)
                : criteria;
        return projects(filtered, day, page);
    }

    @Override
    public List<DomainDefinition> domains() {
        return projects.domains();
    }

    private List<DomainProject> all() {
        return Page.every(page -> projects.find(ProjectCriteria.all(), page));
    }

    @Override
    public List<DomainResponsibility> responsibilityMap(LocalDate asOf) {
        LocalDate day = dayOf(asOf);
        Map<DomainCode, Map<OrganizationId, List<ProjectSummary>>> map = new LinkedHashMap<>();
        for (DomainProject p : all()) {
            long notStarted = count(p, CommitmentStatus.NOT_STARTED);
            long inProgress = count(p, CommitmentStatus.IN_PROGRESS);
            long done = count(p, CommitmentStatus.DONE);
            map.computeIfAbsent(p.domain(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(p.flagBearer(), f -> new ArrayList<>())
                    .add(new ProjectSummary(p.getId(), p.title().zh(), p.status(), p.isAtRiskOn(day), notStarted,
                            inProgress, done, p.overdueOn(day).size()));
        }
        Map<DomainCode, String> names = new LinkedHashMap<>();
        projects.domains().forEach(d -> names.put(d.code(), d.name().zh()));
        List<DomainResponsibility> result = new ArrayList<>();
        map.forEach((domain, flagBearers) -> {
            List<FlagBearer> bearers = new ArrayList<>();
            flagBearers.forEach((organization, list) -> bearers.add(new FlagBearer(organization,
                    organizations.findById(organization).map(o -> o.name().zh()).orElse(organization.toString()),
                    list)));
            result.add(new DomainResponsibility(domain, names.getOrDefault(domain, domain.value()), bearers));
        });
        return result;
    }

    private static long count(DomainProject project, CommitmentStatus status) {
        return project.commitments().stream().filter(c -> project.statusOf(c.number()) == status).count();
    }

    @Override
    public List<OverdueCommitment> overdueCommitments(LocalDate asOf) {
        LocalDate day = dayOf(asOf);
        var projects = all();
        var names = organizations.namesOf(projects.stream().map(p -> p.flagBearer())
                .collect(java.util.stream.Collectors.toSet()));
        return projects.stream().flatMap(p -> p.overdueOn(day).stream().map(c -> new OverdueCommitment(p.getId(),
                p.title().zh(), p.flagBearer(), names.get(p.flagBearer()), c.number(), c.deliverable(), c.dueOn(),
                java.time.temporal.ChronoUnit.DAYS.between(c.dueOn(), day))))
                .sorted(Comparator.comparingLong(OverdueCommitment::daysLate).reversed()
                        .thenComparing(o -> o.project().toString()).thenComparingInt(OverdueCommitment::commitment))
                .toList();
    }
}
