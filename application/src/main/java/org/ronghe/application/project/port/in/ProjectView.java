package org.ronghe.application.project.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Comment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProgressUpdate;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;

/** A project as callers see it on a day: commitments with their status and whether they are overdue. */
public record ProjectView(ProjectId id, DomainCode domain, String title, String titleEn, OrganizationId flagBearerId,
        OrganizationId principalId, List<CoOrganization> coOrganizations, Mechanism mechanism, Set<AreaId> areas,
        Set<CommitteeId> committees, ProjectStatus status, String statusReason, LocalDate signedOn,
        List<CommitmentView> commitments, boolean atRisk, List<ProgressUpdate> progress, List<Comment> comments,
        LocalDate asOf, long version) {

    public record CommitmentView(int number, String deliverable, LocalDate dueOn, CommitmentStatus status,
            boolean overdue, long daysLate) {
    }

    public static ProjectView of(DomainProject project, LocalDate today) {
        var state = project.state();
        var commitments = project.commitments().stream().map(c -> {
            boolean overdue = project.isOverdue(c, today);
            return new CommitmentView(c.number(), c.deliverable(), c.dueOn(), project.statusOf(c.number()), overdue,
                    overdue ? java.time.temporal.ChronoUnit.DAYS.between(c.dueOn(), today) : 0);
        }).toList();
        return new ProjectView(project.getId(), project.domain(), project.title().zh(), project.title().en(),
                project.flagBearer(), project.principal(), project.coOrganizations(), state.mechanism(), state.areas(),
                state.committees(), project.status(), state.statusReason(), project.signedOn(), commitments,
                project.isAtRiskOn(today), state.progress(), state.comments(), today, project.version());
    }
}
