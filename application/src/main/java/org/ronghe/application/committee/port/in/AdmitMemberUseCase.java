package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Seat an organization (ADMIN; the LEAD's operators for non-LEAD roles). */
public interface AdmitMemberUseCase {

    CommitteeView admit(Caller caller, AdmitMemberCommand command);
}
