package org.ronghe.application.organization.service;

import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RenameOrganizationCommand;
import org.ronghe.application.organization.port.in.RenameOrganizationUseCase;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;

public final class RenameOrganizationService implements RenameOrganizationUseCase {

    private final Organizations organizations;
    private final Transactions transactions;
    private final Clock clock;
    private final Placements placements;

    public RenameOrganizationService(Organizations organizations, Transactions transactions, Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView rename(RenameOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(command.id(), command.expectedVersion());
            organization.rename(command.newName(), placements.siblingsUnder(organization.parentId(),
                    organization.getId()), clock.now());
            organizations.update(organization);
            return OrganizationView.of(organization);
        });
    }
}
