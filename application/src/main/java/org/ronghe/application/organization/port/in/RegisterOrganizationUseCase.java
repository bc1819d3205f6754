package org.ronghe.application.organization.port.in;

/** Register a new organization in the structure. */
public interface RegisterOrganizationUseCase {

    /**
     * @throws org.ronghe.domain.shared.UnknownReferenceException if the parent does not exist
     * @throws org.ronghe.domain.shared.RuleViolationException if a placement rule forbids it
     */
    OrganizationView register(RegisterOrganizationCommand command);
}
