package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Caller;

/** Retire an organization: it stays on record, takes no new children and no longer changes. */
public interface RetireOrganizationUseCase {

    OrganizationView retire(Caller caller, RetireOrganizationCommand command);
}
