package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Plan a fusion committee (ADMIN). */
public interface PlanCommitteeUseCase {

    CommitteeView plan(Caller caller, PlanCommitteeCommand command);
}
