package org.ronghe.application.organization.service;

import org.ronghe.application.organization.port.in.MoveOrganizationCommand;
import org.ronghe.application.organization.port.in.MoveOrganizationUseCase;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;

public final class MoveOrganizationService implements MoveOrganizationUseCase {

    private final Organizations organizations;
    private final Transactions transactions;
    private final Clock clock;
    private final Placements placements;

    public MoveOrganizationService(Organizations organizations, Transactions transactions, Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView move(MoveOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(command.id(), command.expectedVersion());
            organization.moveUnder(placements.parent(command.newParentId()),
                    placements.siblingsUnder(command.newParentId(), organization.getId()), clock.now());
            organizations.update(organization);
            return OrganizationView.of(organization);
        });
    }
}
