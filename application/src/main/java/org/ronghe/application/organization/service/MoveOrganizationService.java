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

    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final Placements placements;

    public MoveOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView move(Caller caller, MoveOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(command.id(), command.expectedVersion());
            var newParent = placements.parent(command.newParentId());
            OrganizationStewardship.requireMayMove(caller.actor(), placements.lineage(organization),
                    Placements.lineage(newParent));
            var moved = organization.moveUnder(newParent,
                    placements.siblingsUnder(command.newParentId(), organization.getId()), clock.now());
            organizations.update(organization);
            auditor.record(caller, moved);
            return OrganizationView.of(organization);
        });
    }
}
