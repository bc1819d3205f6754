package org.ronghe.application.grid;

import org.ronghe.application.grid.port.in.GridCommands;
import org.ronghe.application.grid.port.in.GridQueries;
import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.application.grid.service.GridAudit;
import org.ronghe.application.grid.service.GridQueryService;
import org.ronghe.application.grid.service.GridService;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.grid.GridPlan;

/** The three-level grid (三级网格): the towns' plans, drawn and revised whole, read as of any day. */
public record GridModule(GridCommands commands, GridQueries queries) {

    public static GridModule on(GridPlans plans, Organizations organizations, Platform platform) {
        var writes = platform.writes("grid plan", plans, GridPlan::version, GridAudit.descriptions());
        return new GridModule(new GridService(plans, organizations, writes),
                new GridQueryService(plans, organizations, platform.transactions(), platform.clock()));
    }
}
