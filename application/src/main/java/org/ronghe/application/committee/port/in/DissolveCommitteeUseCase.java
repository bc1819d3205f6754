package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Dissolve a committee (ADMIN). */
public interface DissolveCommitteeUseCase {

    CommitteeView dissolve(Caller caller, DissolveCommitteeCommand command);
}
