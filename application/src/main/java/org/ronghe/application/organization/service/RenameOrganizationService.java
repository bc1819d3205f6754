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

    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final Placements placements;

    public RenameOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView rename(Caller caller, RenameOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var organization = placements.forChange(command.id(), command.expectedVersion());
            OrganizationStewardship.requireMayRename(caller.actor(), placements.lineage(organization));
            var renamed = organization.rename(command.newName(),
                    placements.siblingsUnder(organization.parentId(), organization.getId()), clock.now());
            organizations.update(organization);
            auditor.record(caller, renamed);
            return OrganizationView.of(organization);
        });
    }
}
