package org.ronghe.application.meeting.port.in;

import java.util.Set;

import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

/** A change to a meeting, based on the version the caller read. */
public sealed interface MeetingChange {

    MeetingId id();

    long expectedVersion();

    private static void check(MeetingId id, long version) {
        if (id == null) {
            throw new InvalidValueException("id", "is required");
        }
        if (version < 1) {
            throw new InvalidValueException("If-Match", "must name a stored version (1 or more)");
        }
    }

    record Reschedule(MeetingId id, long expectedVersion, Slot slot, String reason) implements MeetingChange {
        public Reschedule {
            check(id, expectedVersion);
            if (slot == null) {
                throw new InvalidValueException("start", "start, end and venue are required");
            }
        }
    }

    record Cancel(MeetingId id, long expectedVersion, String reason) implements MeetingChange {
        public Cancel {
            check(id, expectedVersion);
        }
    }

    /** Raise a problem, or carry one over from {@code carriedFrom}'s item {@code carriedFromItem}. */
    record RaiseItem(MeetingId id, long expectedVersion, OrganizationId raisedBy, String problem, String link,
            MeetingId carriedFrom, Integer carriedFromItem) implements MeetingChange {
        public RaiseItem {
            check(id, expectedVersion);
        }
    }

    record Hold(MeetingId id, long expectedVersion, Set<OrganizationId> attended, String minutes) implements MeetingChange {
        public Hold {
            check(id, expectedVersion);
            attended = attended == null ? Set.of() : Set.copyOf(attended);
        }
    }

    record Resolve(MeetingId id, long expectedVersion, int agendaItem, String text) implements MeetingChange {
        public Resolve {
            check(id, expectedVersion);
        }
    }

    record ApproveMinutes(MeetingId id, long expectedVersion) implements MeetingChange {
        public ApproveMinutes {
            check(id, expectedVersion);
        }
    }
}
