package org.ronghe.domain.grid;

import java.util.List;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * A grid as a plan or a revision draws it: what it is to be from the revision's day. A draft whose code
 * is a grid's already keeps that grid (its identity and history), one with a new code draws a new grid.
 *
 * @param parentCode the grid it lies in, or null for an area grid (which lies in the town)
 */
public record GridDraft(GridCode code, String name, GridCode parentCode, Territory territory, OrganizationId responsible,
        List<GridRole> roles) implements ValueObject {

    public GridDraft {
        if (code == null) {
            throw new InvalidValueException("code", "is required");
        }
        name = Text.required("name", name, 100);
        if (territory == null) {
            throw new InvalidValueException("territory", "is required");
        }
        roles = GridRole.ofOneGrid(roles);
    }

    public GridLevel level() {
        return code.level();
    }
}
