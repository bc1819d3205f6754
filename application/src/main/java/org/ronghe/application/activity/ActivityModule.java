package org.ronghe.application.activity;

import org.ronghe.application.activity.port.in.ActivityCommands;
import org.ronghe.application.activity.port.in.ActivityQueries;
import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.activity.service.ActivityAudit;
import org.ronghe.application.activity.service.ActivityService;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.activity.CoWorkActivity;

/** Co-work activities: joint study, joint service, joint building, recorded and counted. */
public record ActivityModule(ActivityCommands commands, ActivityQueries queries) {

    public static ActivityModule on(Activities activities, Committees committees, Organizations organizations,
            Platform platform) {
        var writes = platform.writes("activity", activities, CoWorkActivity::version, ActivityAudit.descriptions());
        var service = new ActivityService(activities, new ActivityService.References(committees, organizations), writes,
                platform.transactions());
        return new ActivityModule(service, service);
    }
}
