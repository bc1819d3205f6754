package org.ronghe.application.organization.service;

import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RetireOrganizationCommand;
import org.ronghe.application.organization.port.in.RetireOrganizationUseCase;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.OrganizationStewardship;

public final class RetireOrganizationService implements RetireOrganizationUseCase {

    private final OrganizationChanges changes;

    public RetireOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock) {
        this.changes = new OrganizationChanges(organizations, transactions, auditor, clock);
    }

    @Override
    public OrganizationView retire(Caller caller, RetireOrganizationCommand command) {
        return changes.change(caller, command.id(), command.expectedVersion(), (organization, lineage) -> {
            OrganizationStewardship.requireMayRetire(caller.actor(), lineage);
            return organization.retire(changes.organizations().countActiveChildren(organization.getId()),
                    changes.clock().now());
        });
    }
}
