package org.ronghe.domain.project;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * A domain of party building work (领域): grid, road, smart road, river, construction site, business
 * district, industry cluster, new employment groups, … The catalogue is data, so a district adds
 * domains without a release; a code is lower-case letters, digits and hyphens.
 */
public record DomainCode(String value) implements ValueObject {

    public DomainCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new InvalidValueException("domain", "must be a domain code such as grid or smart-road");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
