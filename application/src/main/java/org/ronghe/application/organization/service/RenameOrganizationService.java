package org.ronghe.application.organization.service;

import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RenameOrganizationCommand;
import org.ronghe.application.organization.port.in.RenameOrganizationUseCase;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.OrganizationStewardship;

public final class RenameOrganizationService implements RenameOrganizationUseCase {

    private final OrganizationChanges changes;

    public RenameOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock) {
        this.changes = new OrganizationChanges(organizations, transactions, auditor, clock);
    }

    @Override
    public OrganizationView rename(Caller caller, RenameOrganizationCommand command) {
        return changes.change(caller, command.id(), command.expectedVersion(), (organization, lineage) -> {
            OrganizationStewardship.requireMayRename(caller.actor(), lineage);
            return organization.rename(command.newName(),
                    changes.placements().siblingsUnder(organization.parentId(), organization.getId()),
                    changes.clock().now());
        });
    }
}
