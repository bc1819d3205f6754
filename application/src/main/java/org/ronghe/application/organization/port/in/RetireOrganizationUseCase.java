package org.ronghe.application.organization.port.in;

/** Retire an organization: it stays on record, takes no new children and no longer changes. */
public interface RetireOrganizationUseCase {

    OrganizationView retire(RetireOrganizationCommand command);
}
