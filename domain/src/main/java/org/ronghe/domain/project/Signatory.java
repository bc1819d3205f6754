package org.ronghe.domain.project;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;

/** An organization signing a responsibility agreement, with its kind as the rule needs it. */
public record Signatory(OrganizationId organization, OrganizationKind kind) implements ValueObject {

    public Signatory {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(kind, "kind");
    }
}
