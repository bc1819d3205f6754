package org.ronghe.application.organization.port.in;

/** Give an organization a new Chinese and/or English name. */
public interface RenameOrganizationUseCase {

    OrganizationView rename(RenameOrganizationCommand command);
}
