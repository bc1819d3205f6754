package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.shared.Violations;

/** A change to a registered organization, based on the version the caller read: rename, move, retire. */
public sealed interface OrganizationChange {

    OrganizationId id();

    long expectedVersion();

    private static void check(OrganizationId id, long expectedVersion, Violations violations) {
        CommandChecks.target(violations, id, expectedVersion);
        violations.throwIfAny();
    }

    record Rename(OrganizationId id, long expectedVersion, OrganizationName newName) implements OrganizationChange {
        public Rename {
            var violations = new Violations();
            CommandChecks.target(violations, id, expectedVersion);
            if (newName == null) {
                violations.add("name", "is required");
            }
            violations.throwIfAny();
        }
    }

    /** Under another parent ({@code newParentId} null: to the top). */
    record Move(OrganizationId id, long expectedVersion, OrganizationId newParentId) implements OrganizationChange {
        public Move {
            check(id, expectedVersion, new Violations());
        }
    }

    record Retire(OrganizationId id, long expectedVersion) implements OrganizationChange {
        public Retire {
            check(id, expectedVersion, new Violations());
        }
    }
}
