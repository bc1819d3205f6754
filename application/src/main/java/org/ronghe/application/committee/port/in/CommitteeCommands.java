package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Every write to fusion committees: plan one, then change it through its life. */
public interface CommitteeCommands {

    CommitteeView plan(Caller caller, PlanCommitteeCommand command);

    CommitteeView change(Caller caller, CommitteeChange change);
}
