package org.ronghe.domain.project;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.BilingualName;

/** An entry of the domain catalogue: its code and its names. */
public record DomainDefinition(DomainCode code, BilingualName name) implements ValueObject {

    public DomainDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
