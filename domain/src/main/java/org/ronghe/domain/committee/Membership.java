package org.ronghe.domain.committee;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;

/**
 * An organization's seat in a committee, in one role, from {@code since} (inclusive) until
 * {@code until} (exclusive; null while it lasts). Memberships end; they are never deleted.
 */
public record Membership(OrganizationId organization, MembershipRole role, LocalDate since, LocalDate until)
        implements ValueObject {

    public Membership {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(since, "since");
        if (until != null && !until.isAfter(since)) {
            throw new IllegalArgumentException("a membership ends after it starts");
        }
    }

    public boolean isCurrent() {
        return until == null;
    }

    /** Whether it held on that day. */
    public boolean heldOn(LocalDate day) {
        return !day.isBefore(since) && (until == null || day.isBefore(until));
    }

    Membership endedOn(LocalDate day) {
        return new Membership(organization, role, since, day);
    }
}
