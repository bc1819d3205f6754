package org.ronghe.application.committee.port.in;

import static org.ronghe.application.shared.port.CommandChecks.required;
import static org.ronghe.application.shared.port.CommandChecks.target;

import java.time.LocalDate;

import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.organization.OrganizationId;

/**
 * A change to a planned or established fusion committee, based on the version the caller read:
 * establish it, appoint its chair, seat a member, change a member's role, end a seat, adopt rules,
 * dissolve it. Each kind is a record of its own.
 */
public sealed interface CommitteeChange {

    CommitteeId id();

    long expectedVersion();

    record Establish(CommitteeId id, long expectedVersion, LocalDate on) implements CommitteeChange {
        public Establish {
            required(target(id, expectedVersion), "on", on).throwIfAny();
        }
    }

    record AppointChair(CommitteeId id, long expectedVersion, Chair chair, LocalDate on) implements CommitteeChange {
        public AppointChair {
            required(target(id, expectedVersion), "chair", chair, "on", on).throwIfAny();
        }
    }

    /** Give an organization a seat in a role, from a day on. */
    record AdmitMember(CommitteeId id, long expectedVersion, OrganizationId organizationId, MembershipRole role,
            LocalDate since) implements CommitteeChange {
        public AdmitMember {
            required(target(id, expectedVersion), "organizationId", organizationId, "role", role, "since", since)
                    .throwIfAny();
        }
    }

    /** Change a member's role from a day on. */
    record ChangeMemberRole(CommitteeId id, long expectedVersion, OrganizationId organizationId, MembershipRole role,
            LocalDate on) implements CommitteeChange {
        public ChangeMemberRole {
            required(target(id, expectedVersion), "organizationId", organizationId, "role", role, "on", on)
                    .throwIfAny();
        }
    }

    record EndMembership(CommitteeId id, long expectedVersion, OrganizationId organizationId, LocalDate until)
            implements CommitteeChange {
        public EndMembership {
            required(target(id, expectedVersion), "organizationId", organizationId, "until", until).throwIfAny();
        }
    }

    /** Adopt a new version of the work rules or the procedure rules. */
    record AdoptRules(CommitteeId id, long expectedVersion, RulesKind kind, String title, LocalDate adoptedOn,
            String textOrLink) implements CommitteeChange {
        public AdoptRules {
            required(target(id, expectedVersion), "kind", kind, "title", title, "adoptedOn", adoptedOn).throwIfAny();
        }
    }

    record Dissolve(CommitteeId id, long expectedVersion, LocalDate on) implements CommitteeChange {
        public Dissolve {
            required(target(id, expectedVersion), "on", on).throwIfAny();
        }
    }
}
