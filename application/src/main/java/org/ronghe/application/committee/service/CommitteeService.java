package org.ronghe.application.committee.service;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeCommands;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.CommitteeStewardship;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.committee.Candidate;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.NotAMemberException;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.jmolecules.event.types.DomainEvent;

/**
 * Plans fusion committees and changes them: each change checks who may, lets the committee apply its
 * rules and name the event, and is stored at the version the caller read and audited.
 */
public record CommitteeService(Committees committees, Areas areas, Organizations organizations,
        AggregateWrites<FusionCommittee, CommitteeId> writes) implements CommitteeCommands {

    @Override
    public CommitteeView plan(Caller caller, PlanCommitteeCommand command) {
        CommitteeStewardship.requireMayGovern(caller.actor());
        return writes.create(caller, () -> {
            if (command.areaId() != null && areas.findById(command.areaId()).isEmpty()) {
                throw new UnknownReferenceException("areaId", "area", command.areaId());
            }
            var planning = FusionCommittee.plan(new CommitteeId(writes.newId()), command.tier(), command.name(),
                    command.field(), command.areaId(), committees, command.plannedOn(), writes.now());
            return new AggregateWrites.Created<>(planning.committee(), planning.event());
        }, this::view);
    }

    @Override
    public CommitteeView change(Caller caller, CommitteeChange change) {
        return writes.change(caller, change.id(), change.expectedVersion(),
                committee -> apply(caller.actor(), committee, area(committee), change), this::view);
    }

    private DomainEvent apply(Actor actor, FusionCommittee committee, Area area, CommitteeChange change) {
        var now = writes.now();
        if (change instanceof CommitteeChange.AdmitMember admit) {
            CommitteeStewardship.requireMayManageMember(actor, committee, admit.role());
            return committee.admit(candidate(admit.organizationId()), admit.role(), admit.since(), area, now);
        }
        if (change instanceof CommitteeChange.ChangeMemberRole role) {
            CommitteeStewardship.requireMayManageMember(actor, committee, currentRole(committee, role.organizationId()));
            CommitteeStewardship.requireMayManageMember(actor, committee, role.role());
            return committee.changeRole(candidate(role.organizationId()), role.role(), role.on(), area, now);
        }
        if (change instanceof CommitteeChange.EndMembership end) {
            CommitteeStewardship.requireMayManageMember(actor, committee, currentRole(committee, end.organizationId()));
            return committee.endMembership(end.organizationId(), end.until(), now);
        }
        if (change instanceof CommitteeChange.AdoptRules rules) {
            CommitteeStewardship.requireMayAdoptRules(actor, committee);
            return committee.adoptRules(rules.kind(), rules.title(), rules.adoptedOn(), rules.textOrLink(), now);
        }
        CommitteeStewardship.requireMayGovern(actor);
        if (change instanceof CommitteeChange.Establish establish) {
            return committee.establish(establish.on(), now);
        }
        if (change instanceof CommitteeChange.AppointChair appoint) {
            return committee.appointChair(appoint.chair(), appoint.on(), now);
        }
        var dissolve = (CommitteeChange.Dissolve) change;
        return committee.dissolve(dissolve.on(), committees.countLiveChildren(committee.getId()), now);
    }

    /** The area an area committee serves (its towns decide who may sit), or null for other tiers. */
    private Area area(FusionCommittee committee) {
        return committee.tier() == CommitteeTier.AREA ? areas.findById(committee.area()).orElseThrow(() ->
                new IllegalStateException("committee " + committee.getId() + " names a missing area")) : null;
    }

    private MembershipRole currentRole(FusionCommittee committee, OrganizationId organization) {
        return committee.currentMembership(organization).orElseThrow(() ->
                new NotAMemberException("organization " + organization + " has no seat here")).role();
    }

    private Candidate candidate(OrganizationId id) {
        var organization = organizations.findById(id)
                .orElseThrow(() -> new UnknownReferenceException("organizationId", "organization", id));
        return new Candidate(id, organization.kind(), organization.status());
    }

    private CommitteeView view(FusionCommittee committee) {
        return CommitteeView.of(committee, writes.today(), CommitteeNames.of(java.util.List.of(committee), organizations));
    }
}
