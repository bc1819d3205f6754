package org.ronghe.domain.project;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/** An organization that works on the project beside the flag-bearer, and its part in it. */
public record CoOrganization(OrganizationId organization, String part) implements ValueObject {

    public CoOrganization {
        Objects.requireNonNull(organization, "organization");
        part = Text.required("coOrganizations.part", part, 300);
    }
}
