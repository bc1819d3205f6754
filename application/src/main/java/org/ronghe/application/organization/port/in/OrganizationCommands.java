package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Caller;

/** Every write to the organization structure: a registration, and the changes of a registered organization. */
public interface OrganizationCommands {

    /**
     * @throws org.ronghe.domain.shared.UnknownReferenceException if the parent does not exist
     * @throws org.ronghe.domain.shared.RuleViolationException if a placement rule forbids it
     * @throws org.ronghe.domain.access.AccessDeniedException if the caller may not register there
     */
    OrganizationView register(Caller caller, RegisterOrganizationCommand command);

    /**
     * @throws org.ronghe.domain.shared.AggregateNotFoundException if there is no such organization
     * @throws org.ronghe.domain.shared.StaleVersionException if it changed since the caller read it
     */
    OrganizationView change(Caller caller, OrganizationChange change);
}
