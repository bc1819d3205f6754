package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Appoint a committee's chair (ADMIN). */
public interface AppointChairUseCase {

    CommitteeView appoint(Caller caller, AppointChairCommand command);
}
