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

    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final Placements placements;

    public RetireOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView retire(Caller caller, RetireOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(command.id(), command.expectedVersion());
            OrganizationStewardship.requireMayRetire(caller.actor(), placements.lineage(organization));
            var retired = organization.retire(organizations.countActiveChildren(organization.getId()), clock.now());
            organizations.update(organization);
            auditor.record(caller, retired);
            return OrganizationView.of(organization);
        });
    }
}
