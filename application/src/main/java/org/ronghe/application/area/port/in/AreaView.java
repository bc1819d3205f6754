package org.ronghe.application.area.port.in;

import java.util.List;

import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.organization.OrganizationId;

public record AreaView(AreaId id, AreaLayout layout, String name, String nameEn, List<OrganizationId> towns,
        long version) {

    public static AreaView of(Area area) {
        return new AreaView(area.getId(), area.layout(), area.name().zh(), area.name().en(),
                area.towns().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(), area.version());
    }
}
