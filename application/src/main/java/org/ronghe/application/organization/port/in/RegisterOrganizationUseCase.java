package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Caller;

/** Register a new organization in the structure. */
public interface RegisterOrganizationUseCase {

    /**
     * @throws org.ronghe.domain.shared.UnknownReferenceException if the parent does not exist
     * @throws org.ronghe.domain.shared.RuleViolationException if a placement rule forbids it
     * @throws org.ronghe.domain.access.AccessDeniedException if the caller may not register there
     */
    OrganizationView register(Caller caller, RegisterOrganizationCommand command);
}
