package org.ronghe.application.organization.service;

import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.in.MoveOrganizationCommand;
import org.ronghe.application.organization.port.in.MoveOrganizationUseCase;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.OrganizationStewardship;

public final class MoveOrganizationService implements MoveOrganizationUseCase {

    private final OrganizationChanges changes;

    public MoveOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock) {
        this.changes = new OrganizationChanges(organizations, transactions, auditor, clock);
    }

    @Override
    public OrganizationView move(Caller caller, MoveOrganizationCommand command) {
        return changes.change(caller, command.id(), command.expectedVersion(), (organization, lineage) -> {
            var newParent = changes.placements().parent(command.newParentId());
            OrganizationStewardship.requireMayMove(caller.actor(), lineage, Placements.lineage(newParent));
            return organization.moveUnder(newParent,
                    changes.placements().siblingsUnder(command.newParentId(), organization.getId()),
                    changes.clock().now());
        });
    }
}
