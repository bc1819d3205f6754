package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Establish a committee that has a chair and a LEAD (ADMIN). */
public interface EstablishCommitteeUseCase {

    CommitteeView establish(Caller caller, EstablishCommitteeCommand command);
}
