package org.ronghe.domain.committee;

import java.util.Objects;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;

/** What the membership rules need to know of an organization that is to take a seat. */
public record Candidate(OrganizationId organization, OrganizationKind kind, OrganizationStatus status) {

    public Candidate {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }
}
