package org.ronghe.application.activity.port.in;

import org.ronghe.application.shared.port.Caller;

/** Record co-work (the ADMIN, or an operator of an organization that took part). */
public interface RecordActivityUseCase {

    ActivityView record(Caller caller, RecordActivityCommand command);
}
