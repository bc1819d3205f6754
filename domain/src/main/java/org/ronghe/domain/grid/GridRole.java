package org.ronghe.domain.grid;

import java.util.List;

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

    /** A grid's roles as given (none when null): one chief at most. */
    static List<GridRole> ofOneGrid(List<GridRole> roles) {
        List<GridRole> given = List.copyOf(roles == null ? List.of() : roles);
        if (given.stream().filter(role -> role.kind() == GridRoleKind.CHIEF).count() > 1) {
            throw new InvalidValueException("roles", "a grid has one chief at most");
        }
        return given;
    }
}
