package org.ronghe.application.committee;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.committee.port.in.CommitteeCommands;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.committee.service.CommitteeAudit;
import org.ronghe.application.committee.service.CommitteeQueryService;
import org.ronghe.application.committee.service.CommitteeService;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.committee.FusionCommittee;

/** Fusion committees: their tiers, seats, chairs and rules over time, and the leading structure they make. */
public record CommitteeModule(CommitteeCommands commands, CommitteeQueries queries) {

    public static CommitteeModule on(Committees committees, Areas areas, Organizations organizations,
            Platform platform) {
        var writes = platform.writes("committee", committees, FusionCommittee::version, CommitteeAudit.descriptions());
        return new CommitteeModule(new CommitteeService(committees, areas, organizations, writes),
                new CommitteeQueryService(committees, areas, organizations, platform.clock()));
    }
}
