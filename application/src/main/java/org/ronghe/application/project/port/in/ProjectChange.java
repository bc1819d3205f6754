package org.ronghe.application.project.port.in;

import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.ProjectId;

/**
 * A change to a project, based on the version the caller read: sign, start, report progress,
 * comment, complete, suspend, resume, cancel. Each kind is a record of its own.
 */
public sealed interface ProjectChange {

    ProjectId id();

    long expectedVersion();

    LocalDate on();

    private static void check(ProjectId id, long expectedVersion, LocalDate on) {
        CommandChecks.required(CommandChecks.target(id, expectedVersion), "on", on).throwIfAny();
    }

    record Sign(ProjectId id, long expectedVersion, LocalDate on, Set<OrganizationId> signatories) implements ProjectChange {
        public Sign {
            check(id, expectedVersion, on);
            signatories = signatories == null ? Set.of() : Set.copyOf(signatories);
        }
    }

    record Start(ProjectId id, long expectedVersion, LocalDate on) implements ProjectChange {
        public Start {
            check(id, expectedVersion, on);
        }
    }

    record ReportProgress(ProjectId id, long expectedVersion, LocalDate on, int commitment, CommitmentStatus status,
            String note, String evidenceLink) implements ProjectChange {
        public ReportProgress {
            check(id, expectedVersion, on);
            if (status == null) {
                throw new org.ronghe.domain.shared.InvalidValueException("status", "is required");
            }
        }
    }

    record AddComment(ProjectId id, long expectedVersion, LocalDate on, String text) implements ProjectChange {
        public AddComment {
            check(id, expectedVersion, on);
        }
    }

    record Complete(ProjectId id, long expectedVersion, LocalDate on) implements ProjectChange {
        public Complete {
            check(id, expectedVersion, on);
        }
    }

    record Suspend(ProjectId id, long expectedVersion, LocalDate on, String reason) implements ProjectChange {
        public Suspend {
            check(id, expectedVersion, on);
        }
    }

    record Resume(ProjectId id, long expectedVersion, LocalDate on) implements ProjectChange {
        public Resume {
            check(id, expectedVersion, on);
        }
    }

    record Cancel(ProjectId id, long expectedVersion, LocalDate on, String reason) implements ProjectChange {
        public Cancel {
            check(id, expectedVersion, on);
        }
    }
}
