package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Caller;

/** Move an organization to another place in the hierarchy. */
public interface MoveOrganizationUseCase {

    OrganizationView move(Caller caller, MoveOrganizationCommand command);
}
