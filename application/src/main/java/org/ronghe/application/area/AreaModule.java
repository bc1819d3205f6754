package org.ronghe.application.area;

import org.ronghe.application.area.port.in.AreaCommands;
import org.ronghe.application.area.port.in.AreaQueries;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.area.service.AreaAudit;
import org.ronghe.application.area.service.AreaQueryService;
import org.ronghe.application.area.service.AreaService;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;

/** Areas: the groups of towns that area-tier fusion committees serve. */
public record AreaModule(AreaCommands commands, AreaQueries queries) {

    public static AreaModule on(Areas areas, Organizations organizations, Platform platform) {
        AggregateWrites<Area, AreaId> writes = platform.creates("area", areas::add, AreaAudit.descriptions());
        return new AreaModule(new AreaService(areas, organizations, writes), new AreaQueryService(areas));
    }
}
