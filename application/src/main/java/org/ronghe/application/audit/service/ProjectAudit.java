package org.ronghe.application.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.event.types.DomainEvent;
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
final class ProjectAudit {

    record Described(String type, String id, List<FieldChange> changes) {
    }

    private ProjectAudit() {
    }

    static Optional<Described> describe(DomainEvent event) {
        if (event instanceof DomainAdded e) {
            var changes = new ArrayList<FieldChange>();
            changes.add(new FieldChange("name", null, e.domain().name().zh()));
            if (e.domain().name().en() != null) {
                changes.add(new FieldChange("nameEn", null, e.domain().name().en()));
            }
            return Optional.of(new Described("project-domain", e.domain().code().value(), changes));
        }
        if (event instanceof ProjectProposed e) {
            return project(e.project(), new FieldChange("status", null, "PROPOSED"),
                    new FieldChange("domain", null, e.domain().value()), new FieldChange("title", null, e.title()),
                    new FieldChange("flagBearerId", null, e.flagBearer().toString()),
                    new FieldChange("commitments", null, String.valueOf(e.commitments())));
        }
        if (event instanceof AgreementSigned e) {
            return project(e.project(), new FieldChange("status", "PROPOSED", "SIGNED"),
                    new FieldChange("signedOn", null, e.signedOn().toString()));
        }
        if (event instanceof ProjectStarted e) {
            return project(e.project(), new FieldChange("status", "SIGNED", "IN_PROGRESS"));
        }
        if (event instanceof ProgressReported e) {
            return project(e.project(), new FieldChange("commitment " + e.commitment(), null,
                    e.status() + " on " + e.reportedOn()));
        }
        if (event instanceof CommentAdded e) {
            return project(e.project(), new FieldChange("comment", null, "by " + e.author() + " on " + e.on()));
        }
        if (event instanceof ProjectCompleted e) {
            return project(e.project(), new FieldChange("status", "IN_PROGRESS", "COMPLETED"));
        }
        if (event instanceof ProjectSuspended e) {
            return project(e.project(), new FieldChange("status", e.from().name(), "SUSPENDED"),
                    new FieldChange("reason", null, e.reason()));
        }
        if (event instanceof ProjectResumed e) {
            return project(e.project(), new FieldChange("status", "SUSPENDED", e.to().name()));
        }
        if (event instanceof ProjectCancelled e) {
            return project(e.project(), new FieldChange("status", e.from().name(), "CANCELLED"),
                    new FieldChange("reason", null, e.reason()));
        }
        return Optional.empty();
    }

    private static Optional<Described> project(Object id, FieldChange... changes) {
        return Optional.of(new Described("project", id.toString(), List.of(changes)));
    }
}
