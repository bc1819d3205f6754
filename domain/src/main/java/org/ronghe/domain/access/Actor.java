package org.ronghe.domain.access;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;

/**
 * Who acts: on behalf of which organization, in which role. Only an ADMIN may act for no
 * organization (the bootstrap administrator, or the system loading a data set).
 */
public record Actor(OrganizationId organization, Role role) implements ValueObject {

    public Actor {
        Objects.requireNonNull(role, "role");
        if (organization == null && role != Role.ADMIN) {
            throw new IllegalArgumentException("only an ADMIN acts for no organization");
        }
    }

    /** The system itself, e.g. while loading a data set or on first start. */
    public static Actor system() {
        return new Actor(null, Role.ADMIN);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
