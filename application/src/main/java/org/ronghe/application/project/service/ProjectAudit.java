package org.ronghe.application.project.service;

import java.util.ArrayList;
import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.project.AgreementSigned;
import org.ronghe.domain.project.CommentAdded;
import org.ronghe.domain.project.DomainAdded;
import org.ronghe.domain.project.ProgressReported;
import org.ronghe.domain.project.ProjectCancelled;
import org.ronghe.domain.project.ProjectCompleted;
import org.ronghe.domain.project.ProjectProposed;
import org.ronghe.domain.project.ProjectResumed;
import org.ronghe.domain.project.ProjectStarted;
import org.ronghe.domain.project.ProjectSuspended;

/** What each project event changed, for the audit trail. */
public final class ProjectAudit {

    private ProjectAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(DomainAdded.class, "project-domain", e -> e.domain().code().value(), e -> {
                    var changes = new ArrayList<FieldChange>();
                    changes.add(new FieldChange("name", null, e.domain().name().zh()));
                    if (e.domain().name().en() != null) {
                        changes.add(new FieldChange("nameEn", null, e.domain().name().en()));
                    }
                    return changes;
                })
                .on(ProjectProposed.class, "project", ProjectProposed::project, e -> List.of(
                        new FieldChange("status", null, "PROPOSED"), new FieldChange("domain", null, e.domain().value()),
                        new FieldChange("title", null, e.title()),
                        new FieldChange("flagBearerId", null, e.flagBearer().toString()),
                        new FieldChange("commitments", null, String.valueOf(e.commitments()))))
                .on(AgreementSigned.class, "project", AgreementSigned::project, e -> List.of(
                        new FieldChange("status", "PROPOSED", "SIGNED"),
                        new FieldChange("signedOn", null, e.signedOn().toString())))
                .on(ProjectStarted.class, "project", ProjectStarted::project, e -> List.of(
                        new FieldChange("status", "SIGNED", "IN_PROGRESS")))
                .on(ProgressReported.class, "project", ProgressReported::project, e -> List.of(new FieldChange(
                        "commitment " + e.commitment(), null, e.status() + " on " + e.reportedOn())))
                .on(CommentAdded.class, "project", CommentAdded::project, e -> List.of(
                        new FieldChange("comment", null, "by " + e.author() + " on " + e.on())))
                .on(ProjectCompleted.class, "project", ProjectCompleted::project, e -> List.of(
                        new FieldChange("status", "IN_PROGRESS", "COMPLETED")))
                .on(ProjectSuspended.class, "project", ProjectSuspended::project, e -> List.of(
                        new FieldChange("status", e.from().name(), "SUSPENDED"), new FieldChange("reason", null, e.reason())))
                .on(ProjectResumed.class, "project", ProjectResumed::project, e -> List.of(
                        new FieldChange("status", "SUSPENDED", e.to().name())))
                .on(ProjectCancelled.class, "project", ProjectCancelled::project, e -> List.of(
                        new FieldChange("status", e.from().name(), "CANCELLED"), new FieldChange("reason", null, e.reason())));
    }
}
