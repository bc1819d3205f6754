package org.ronghe.application.task.port.in;

import java.time.LocalDate;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.task.TaskId;

/** A change to a follow-up task, based on the version the caller read. */
public sealed interface TaskChange {

    TaskId id();

    long expectedVersion();

    LocalDate on();

    private static void check(TaskId id, long expectedVersion, LocalDate on) {
        CommandChecks.required(CommandChecks.target(id, expectedVersion), "on", on).throwIfAny();
    }

    record NoteProgress(TaskId id, long expectedVersion, LocalDate on, String text) implements TaskChange {
        public NoteProgress {
            check(id, expectedVersion, on);
        }
    }

    record MarkDone(TaskId id, long expectedVersion, LocalDate on) implements TaskChange {
        public MarkDone {
            check(id, expectedVersion, on);
        }
    }

    record Verify(TaskId id, long expectedVersion, LocalDate on) implements TaskChange {
        public Verify {
            check(id, expectedVersion, on);
        }
    }

    record Reopen(TaskId id, long expectedVersion, LocalDate on, String reason) implements TaskChange {
        public Reopen {
            check(id, expectedVersion, on);
        }
    }
}
