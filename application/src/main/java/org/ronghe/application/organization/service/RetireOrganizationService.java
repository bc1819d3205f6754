package org.ronghe.application.organization.service;

import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RetireOrganizationCommand;
import org.ronghe.application.organization.port.in.RetireOrganizationUseCase;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;

public final class RetireOrganizationService implements RetireOrganizationUseCase {

    private final Organizations organizations;
    private final Transactions transactions;
    private final Clock clock;
    private final Placements placements;

    public RetireOrganizationService(Organizations organizations, Transactions transactions, Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView retire(RetireOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(command.id(), command.expectedVersion());
            organization.retire(organizations.countActiveChildren(organization.getId()), clock.now());
            organizations.update(organization);
            return OrganizationView.of(organization);
        });
    }
}
