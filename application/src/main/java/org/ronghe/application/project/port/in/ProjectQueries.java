package org.ronghe.application.project.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;

/** Reading projects, the catalogue, the responsibility map and the overdue commitments (every caller). */
public interface ProjectQueries {

    /** @param asOf the day to judge overdue and at-risk on (null: today) */
    ProjectView project(ProjectId id, LocalDate asOf);

    Page<ProjectView> projects(ProjectCriteria criteria, LocalDate asOf, PageRequest page);

    /** The same, keeping only the projects at risk on {@code asOf} (null: today) when {@code atRiskOnly}. */
    Page<ProjectView> projects(ProjectCriteria criteria, boolean atRiskOnly, LocalDate asOf, PageRequest page);

    List<DomainDefinition> domains();

    /** Domain → flag-bearer → projects → commitments counted by status. */
    List<DomainResponsibility> responsibilityMap(LocalDate asOf);

    /** Every overdue commitment of every project, latest first by days late. */
    List<OverdueCommitment> overdueCommitments(LocalDate asOf);

    record DomainResponsibility(DomainCode domain, String name, List<FlagBearer> flagBearers) {
    }

    record FlagBearer(OrganizationId organization, String name, List<ProjectSummary> projects) {
    }

    record ProjectSummary(ProjectId id, String title, ProjectStatus status, boolean atRisk, long notStarted,
            long inProgress, long done, long overdue) {
    }

    /** @param flagBearerName the flag bearer's Chinese name, beside its id */
    record OverdueCommitment(ProjectId project, String projectTitle, OrganizationId flagBearer, String flagBearerName,
            int commitment,
            String deliverable, LocalDate dueOn, long daysLate) {
    }
}
