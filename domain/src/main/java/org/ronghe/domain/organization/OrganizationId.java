package org.ronghe.domain.organization;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.Uuids;

/** Identifies an {@link Organization}; other aggregates refer to organizations only through it. */
public record OrganizationId(UUID value) implements Identifier {

    public OrganizationId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the textual form; anything but a UUID is an invalid value of {@code field}. */
    public static OrganizationId parse(String field, String text) {
        return new OrganizationId(Uuids.parseRequired(field, text, "organization"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
