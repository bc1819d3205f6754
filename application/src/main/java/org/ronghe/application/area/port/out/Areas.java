package org.ronghe.application.area.port.out;

import java.util.List;
import java.util.Optional;

import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;

/** All areas of the functional layout (a handful: no paging). */
public interface Areas {

    Optional<Area> findById(AreaId id);

    /**
     * Stores a new area at version 1; refuses with {@link org.ronghe.domain.area.DuplicateAreaNameException}
     * one whose name key another area has (even when two are added at once).
     */
    void add(Area area);

    /** Whether an area's name has this {@link org.ronghe.domain.shared.Text#key key}. */
    boolean isNameTaken(String nameKey);

    /** Every area, in layout order (CORE, HUB, AREA), then by Chinese name. */
    List<Area> findAll();
}
