package org.ronghe.application.committee.service;

import java.util.function.BiFunction;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.committee.port.in.AdmitMemberCommand;
import org.ronghe.application.committee.port.in.AdmitMemberUseCase;
import org.ronghe.application.committee.port.in.AdoptRulesCommand;
import org.ronghe.application.committee.port.in.AdoptRulesUseCase;
import org.ronghe.application.committee.port.in.AppointChairCommand;
import org.ronghe.application.committee.port.in.AppointChairUseCase;
import org.ronghe.application.committee.port.in.ChangeMemberRoleCommand;
import org.ronghe.application.committee.port.in.ChangeMemberRoleUseCase;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.DissolveCommitteeCommand;
import org.ronghe.application.committee.port.in.DissolveCommitteeUseCase;
import org.ronghe.application.committee.port.in.EndMembershipCommand;
import org.ronghe.application.committee.port.in.EndMembershipUseCase;
import org.ronghe.application.committee.port.in.EstablishCommitteeCommand;
import org.ronghe.application.committee.port.in.EstablishCommitteeUseCase;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.committee.port.in.PlanCommitteeUseCase;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.CommitteeStewardship;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.committee.Candidate;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.NotAMemberException;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

/**
 * Every change to a fusion committee, each the same way: in one transaction, load the committee at
 * the version the caller read, check who may, let the aggregate apply its rules and name the event,
 * store it with a version compare-and-set, append the audit entry.
 */
public final class CommitteeService implements PlanCommitteeUseCase, EstablishCommitteeUseCase, AppointChairUseCase,
        AdmitMemberUseCase, ChangeMemberRoleUseCase, EndMembershipUseCase, AdoptRulesUseCase,
        DissolveCommitteeUseCase {

    /** Committee days (established on, member since) are days in the new city's own time zone. */
    private final Committees committees;
    private final Areas areas;
    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    public CommitteeService(Committees committees, Areas areas, Organizations organizations, Transactions transactions,
            Auditor auditor, Clock clock, IdSource ids) {
        this.committees = committees;
        this.areas = areas;
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public CommitteeView plan(Caller caller, PlanCommitteeCommand command) {
        CommitteeStewardship.requireMayGovern(caller.actor());
        return transactions.inTransaction(() -> {
            if (command.areaId() != null && areas.findById(command.areaId()).isEmpty()) {
                throw new UnknownReferenceException("areaId", "area", command.areaId());
            }
            var planning = FusionCommittee.plan(new CommitteeId(ids.next()), command.tier(), command.name(),
                    command.field(), command.areaId(), committees, command.plannedOn(), clock.now());
            committees.add(planning.committee());
            auditor.record(caller, planning.event());
            return view(planning.committee());
        });
    }

    @Override
    public CommitteeView establish(Caller caller, EstablishCommitteeCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            CommitteeStewardship.requireMayGovern(caller.actor());
            return committee.establish(command.on(), clock.now());
        });
    }

    @Override
    public CommitteeView appoint(Caller caller, AppointChairCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            CommitteeStewardship.requireMayGovern(caller.actor());
            return committee.appointChair(command.chair(), command.on(), clock.now());
        });
    }

    @Override
    public CommitteeView admit(Caller caller, AdmitMemberCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            CommitteeStewardship.requireMayManageMember(caller.actor(), committee, command.role());
            return committee.admit(candidate("organizationId", command.organizationId()), command.role(),
                    command.since(), area, clock.now());
        });
    }

    @Override
    public CommitteeView changeRole(Caller caller, ChangeMemberRoleCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            var current = committee.currentMembership(command.organizationId()).orElseThrow(() ->
                    new NotAMemberException("organization " + command.organizationId() + " has no seat here"));
            CommitteeStewardship.requireMayManageMember(caller.actor(), committee, current.role());
            CommitteeStewardship.requireMayManageMember(caller.actor(), committee, command.role());
            return committee.changeRole(candidate("organizationId", command.organizationId()), command.role(),
                    command.on(), area, clock.now());
        });
    }

    @Override
    public CommitteeView end(Caller caller, EndMembershipCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            var current = committee.currentMembership(command.organizationId()).orElseThrow(() ->
                    new NotAMemberException("organization " + command.organizationId() + " has no seat here"));
            CommitteeStewardship.requireMayManageMember(caller.actor(), committee, current.role());
            return committee.endMembership(command.organizationId(), command.until(), clock.now());
        });
    }

    @Override
    public CommitteeView adopt(Caller caller, AdoptRulesCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            CommitteeStewardship.requireMayAdoptRules(caller.actor(), committee);
            return committee.adoptRules(command.kind(), command.title(), command.adoptedOn(), command.textOrLink(),
                    clock.now());
        });
    }

    @Override
    public CommitteeView dissolve(Caller caller, DissolveCommitteeCommand command) {
        return change(caller, command.id(), command.expectedVersion(), (committee, area) -> {
            CommitteeStewardship.requireMayGovern(caller.actor());
            return committee.dissolve(command.on(), committees.countLiveChildren(committee.getId()), clock.now());
        });
    }

    private CommitteeView change(Caller caller, CommitteeId id, long expectedVersion,
            BiFunction<FusionCommittee, Area, DomainEvent> change) {
        return transactions.inTransaction(() -> {
            var committee = committees.findById(id).orElseThrow(() -> new AggregateNotFoundException("committee", id));
            if (committee.version() != expectedVersion) {
                throw new StaleVersionException("committee", id, expectedVersion, committee.version());
            }
            Area area = committee.tier() == CommitteeTier.AREA ? areas.findById(committee.area())
                    .orElseThrow(() -> new IllegalStateException("committee " + id + " names a missing area")) : null;
            var event = change.apply(committee, area);
            committees.update(committee);
            auditor.record(caller, event);
            return view(committee);
        });
    }

    private Candidate candidate(String field, OrganizationId id) {
        var organization = organizations.findById(id)
                .orElseThrow(() -> new UnknownReferenceException(field, "organization", id));
        return new Candidate(id, organization.kind(), organization.status());
    }

    private CommitteeView view(FusionCommittee committee) {
        return CommitteeView.of(committee, clock.today());
    }
}
