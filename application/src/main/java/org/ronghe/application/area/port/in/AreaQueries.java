package org.ronghe.application.area.port.in;

import java.util.List;

import org.ronghe.domain.area.AreaId;

public interface AreaQueries {

    /** @throws org.ronghe.domain.shared.AggregateNotFoundException if there is none */
    AreaView area(AreaId id);

    List<AreaView> areas();
}
