package org.ronghe.application.meeting.port.in;

import java.time.LocalDate;

import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.task.TaskId;

/** A change to a follow-up task, based on the version the caller read. */
public sealed interface TaskChange {

    TaskId id();

    long expectedVersion();

    LocalDate on();

    private static void check(TaskId id, long version, LocalDate on) {
        if (id == null) {
            throw new InvalidValueException("id", "is required");
        }
        if (version < 1) {
            throw new InvalidValueException("If-Match", "must name a stored version (1 or more)");
        }
        if (on == null) {
            throw new InvalidValueException("on", "is required");
        }
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
