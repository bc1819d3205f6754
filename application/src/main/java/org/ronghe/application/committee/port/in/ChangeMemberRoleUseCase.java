package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Change a member's role (ADMIN; the LEAD's operators for non-LEAD roles). */
public interface ChangeMemberRoleUseCase {

    CommitteeView changeRole(Caller caller, ChangeMemberRoleCommand command);
}
