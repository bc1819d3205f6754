package org.ronghe.application.organization.service;

import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.organization.port.in.RegisterOrganizationUseCase;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.OrganizationStewardship;
import org.ronghe.domain.organization.DistrictPartyCommitteePolicy;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;

public final class RegisterOrganizationService implements RegisterOrganizationUseCase {

    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;
    private final Placements placements;

    public RegisterOrganizationService(Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock, IdSource ids) {
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
        this.placements = new Placements(organizations);
    }

    @Override
    public OrganizationView register(Caller caller, RegisterOrganizationCommand command) {
        return transactions.inTransaction(() -> {
            var parent = placements.parent(command.parentId());
            OrganizationStewardship.requireMayRegisterUnder(caller.actor(), Placements.lineage(parent));
            DistrictPartyCommitteePolicy.requireRoomFor(command.kind(),
                    organizations.liveDistrictPartyCommittee().map(Organization::getId));
            var registration = Organization.register(new OrganizationId(ids.next()), command.kind(), command.name(),
                    parent, command.jurisdiction(), placements.siblingsUnder(command.parentId(), null), clock.now());
            organizations.add(registration.organization());
            auditor.record(caller, registration.event());
            return OrganizationView.of(registration.organization());
        });
    }
}
