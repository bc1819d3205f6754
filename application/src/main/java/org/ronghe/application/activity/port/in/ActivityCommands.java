package org.ronghe.application.activity.port.in;

import org.ronghe.application.shared.port.Caller;

/** Every write to co-work activities: record (the ADMIN, or an operator of an organization that took part), withdraw. */
public interface ActivityCommands {

    ActivityView record(Caller caller, RecordActivityCommand command);

    ActivityView change(Caller caller, ActivityChange change);
}
