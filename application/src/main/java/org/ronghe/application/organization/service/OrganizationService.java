package org.ronghe.application.organization.service;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationCommands;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.OrganizationStewardship;
import org.ronghe.domain.organization.DistrictPartyCommitteePolicy;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;

/** Registers organizations and changes them: each write checked by its stewardship rule, stored, audited. */
public record OrganizationService(Organizations organizations, AggregateWrites<Organization, OrganizationId> writes)
        implements OrganizationCommands {

    @Override
    public OrganizationView register(Caller caller, RegisterOrganizationCommand command) {
        return writes.create(caller, () -> {
            var parent = placements().parent(command.parentId());
            OrganizationStewardship.requireMayRegisterUnder(caller.actor(), Placements.lineage(parent));
            DistrictPartyCommitteePolicy.requireRoomFor(command.kind(),
                    organizations.liveDistrictPartyCommittee().map(Organization::getId));
            var registration = Organization.register(new OrganizationId(writes.newId()), command.kind(), command.name(),
                    parent, command.jurisdiction(), placements().siblingsUnder(command.parentId(), null), writes.now());
            return new AggregateWrites.Created<>(registration.organization(), registration.event());
        }, OrganizationView::of);
    }

    @Override
    public OrganizationView change(Caller caller, OrganizationChange change) {
        return writes.change(caller, change.id(), change.expectedVersion(),
                organization -> apply(caller, organization, change), OrganizationView::of);
    }

    private DomainEvent apply(Caller caller, Organization organization, OrganizationChange change) {
        var lineage = placements().lineage(organization);
        if (change instanceof OrganizationChange.Rename rename) {
            OrganizationStewardship.requireMayRename(caller.actor(), lineage);
            return organization.rename(rename.newName(),
                    placements().siblingsUnder(organization.parentId(), organization.getId()), writes.now());
        }
        if (change instanceof OrganizationChange.Move move) {
            var newParent = placements().parent(move.newParentId());
            OrganizationStewardship.requireMayMove(caller.actor(), lineage, Placements.lineage(newParent));
            return organization.moveUnder(newParent, placements().siblingsUnder(move.newParentId(), organization.getId()),
                    writes.now());
        }
        OrganizationStewardship.requireMayRetire(caller.actor(), lineage);
        return organization.retire(organizations.countActiveChildren(organization.getId()), writes.now());
    }

    private Placements placements() {
        return new Placements(organizations);
    }
}
