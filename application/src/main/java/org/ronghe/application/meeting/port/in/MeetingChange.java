package org.ronghe.application.meeting.port.in;

import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

/** A change to a meeting, based on the version the caller read. */
public sealed interface MeetingChange {

    MeetingId id();

    long expectedVersion();

    private static void check(MeetingId id, long expectedVersion) {
        CommandChecks.target(id, expectedVersion).throwIfAny();
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

    /**
     * Raise a problem, in the caller's organization's name unless an ADMIN names the member
     * ({@code raisedBy}).
     */
    record RaiseItem(MeetingId id, long expectedVersion, OrganizationId raisedBy, String problem, String link)
            implements MeetingChange {
        public RaiseItem {
            check(id, expectedVersion);
        }
    }

    /**
     * Carry item {@code item} of the earlier meeting {@code from}, read at {@code fromVersion}, on to this
     * one; it keeps the organization that raised it; the problem and link may be restated (null keeps them).
     */
    record CarryOver(MeetingId id, long expectedVersion, MeetingId from, long fromVersion, int item, String problem,
            String link) implements MeetingChange {
        public CarryOver {
            check(id, expectedVersion);
            if (from == null) {
                throw new InvalidValueException("carriedFromMeetingId", "is required");
            }
            if (fromVersion < 1) {
                throw new InvalidValueException("carriedFromVersion",
                        "must name the version of the earlier meeting that was read (1 or more)");
            }
            if (item < 1) {
                throw new InvalidValueException("carriedFromItem", "must name an agenda item (1 or more)");
            }
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
