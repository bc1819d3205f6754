package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Caller;

/** Give an organization a new Chinese and/or English name. */
public interface RenameOrganizationUseCase {

    OrganizationView rename(Caller caller, RenameOrganizationCommand command);
}
