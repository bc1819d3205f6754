package org.ronghe.application.area.service;

import java.util.List;

import org.ronghe.application.area.port.in.AreaQueries;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.shared.AggregateNotFoundException;

public final class AreaQueryService implements AreaQueries {

    private final Areas areas;

    public AreaQueryService(Areas areas) {
        this.areas = areas;
    }

    @Override
    public AreaView area(AreaId id) {
        return areas.findById(id).map(AreaView::of).orElseThrow(() -> new AggregateNotFoundException("area", id));
    }

    @Override
    public List<AreaView> areas() {
        return areas.findAll().stream().map(AreaView::of).toList();
    }
}
