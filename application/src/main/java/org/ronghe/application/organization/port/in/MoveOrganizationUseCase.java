package org.ronghe.application.organization.port.in;

/** Move an organization to another place in the hierarchy. */
public interface MoveOrganizationUseCase {

    OrganizationView move(MoveOrganizationCommand command);
}
