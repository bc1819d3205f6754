package org.ronghe.domain.grid;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * Someone who works a grid: its chief (网格长) or one of its workers (网格员), by name and position only;
 * no other personal data is kept.
 */
public record GridRole(GridRoleKind kind, String name, String position) implements ValueObject {

    public GridRole {
        if (kind == null) {
            throw new InvalidValueException("roles.kind", "must be CHIEF or WORKER");
        }
        name = Text.required("roles.name", name, 50);
        position = Text.optional("roles.position", position, 100);
    }
}
