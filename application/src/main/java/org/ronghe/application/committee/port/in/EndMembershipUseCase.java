package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** End a membership (ADMIN; the LEAD's operators for non-LEAD members). */
public interface EndMembershipUseCase {

    CommitteeView end(Caller caller, EndMembershipCommand command);
}
