package org.ronghe.application.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.CaseCommands;
import org.ronghe.application.cases.port.in.CaseIntakeView;
import org.ronghe.application.cases.port.in.CasePolicyView;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.cases.port.out.ShortBoardProblems;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.committee.port.in.Seat;
import org.ronghe.application.grid.port.in.GridQueries;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.CaseStewardship;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CaseIntake;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CasePolicyExistsException;
import org.ronghe.domain.cases.CasePolicyId;
import org.ronghe.domain.cases.CaseRouting;
import org.ronghe.domain.cases.CategoryInUseException;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.NoCasePolicyException;
import org.ronghe.domain.cases.ShortBoardProblem;
import org.ronghe.domain.cases.ShortBoardProblemId;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalAlreadyReceivedException;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

/**
 * Takes signals in (routing each by its point, joining repeats to their open case) and moves cases through their
 * loop; each write checked, audited, and answered with the case as it stands.
 */
public record CaseService(CityCases cases, CasePolicies policies, References references,
        AggregateWrites<CityCase, CaseId> writes, AggregateWrites<CasePolicy, CasePolicyId> policyWrites,
        ShortBoards shortBoards) implements CaseCommands {

    /** What a case is checked and routed against, besides its own stores. */
    public record References(Organizations organizations, GridQueries grids, CommitteeQueries committees) {
    }

    /** Where the short-board problems the cases raise are kept. */
    public record ShortBoards(ShortBoardProblems problems,
            AggregateWrites<ShortBoardProblem, ShortBoardProblemId> writes) {
    }

    /** Two deliveries of one event, or two repeats of one case, may race; the loser looks again this often. */
    private static final int ATTEMPTS = 3;
    /**
     * An escalation scan takes due cases in batches of this many, each batch one transaction: large enough that
     * commits are few, small enough that the store's writer (one at a time on H2) is not held for long.
     */
    static final int SCAN_BATCH = 200;

    private CaseViews views() {
        return new CaseViews(references.organizations());
    }

    @Override
    public CaseIntakeView receive(Caller caller, ReceiveSignalCommand command) {
        return receive(caller, command, null);
    }

    @Override
    public CaseIntakeView receive(Caller caller, ReceiveSignalCommand command, Instant at) {
        CaseStewardship.requireMayReport(caller.actor());
        requireNotAhead(at);
        Instant now = at == null ? writes.now() : at;
        var intake = new CaseIntake(command.source(), command.sourceEventId(), command.category(),
                command.location(), command.address(), command.description(), command.photos(),
                command.reportedAt(), now);
        // What the signal is checked and routed against is read before its transaction, and its answer built after:
        // on H2 a write transaction holds the store's one writer, so only what must be read and written together
        // (the receipt, the open case it may join, the pile it may make) is done inside.
        var policy = policies.current();
        var routing = route(command.location(), LocalDate.ofInstant(now, Clock.CITY_TIME));
        for (int attempt = 1;; attempt++) {
            try {
                var taken = writes.inTransaction(() -> take(caller, command, intake, policy, routing, now));
                return new CaseIntakeView(taken.outcome(), views().of(taken.cityCase(), taken.policy(), now));
            } catch (SignalAlreadyReceivedException | StaleVersionException raced) {
                // another delivery stored the event id, or changed the open case, first: look again
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** A recorded history is replayed up to now, never ahead of it. */
    private void requireNotAhead(Instant at) {
        if (at != null && at.isAfter(writes.now())) {
            throw new InvalidValueException("at", "a step is replayed at an instant that has passed, not " + at);
        }
    }

    /** What an intake did with a signal, and the policy its answer names the category by. */
    private record Taken(CaseIntakeView.Outcome outcome, CityCase cityCase, Optional<CasePolicy> policy) {
    }

    private Taken take(Caller caller, ReceiveSignalCommand command, CaseIntake intake, Optional<CasePolicy> current,
            CaseRouting routing, Instant now) {
        var seen = cases.findBySignal(command.source(), command.sourceEventId());
        if (seen.isPresent()) {
            intake.requireSameSignalAs(seen.get().fingerprint());
            return new Taken(CaseIntakeView.Outcome.ALREADY_RECEIVED, seen.get().cityCase(), current);
        }
        var policy = current.orElseThrow(NoCasePolicyException::new);
        var category = policy.requireCategory("category", command.category());
        var repeated = repeatedCase(category, command.location(), now);
        if (repeated.isPresent()) {
            var open = repeated.get();
            var event = open.joinDuplicate(command.source(), intake.sourceEventId(), now);
            cases.recordRepeat(command.source(), intake.sourceEventId(), intake.fingerprint(), open.id());
            writes.alsoChanged(caller, open, event);
            return new Taken(CaseIntakeView.Outcome.DUPLICATE, open, current);
        }
        var created = writes.create(caller, () -> {
            var reception = CityCase.receive(new CaseId(writes.newId()), intake, category, routing);
            return new AggregateWrites.Created<>(reception.cityCase(), reception.event());
        }, taken -> taken);
        raiseShortBoard(caller, category, routing, policy.state().shortBoard(), now);
        return new Taken(CaseIntakeView.Outcome.NEW_CASE, created, current);
    }

    /**
     * The case just taken in may make a pile: as many cases of its category in its village grid within the rule's
     * days as the rule says raise a short-board problem for the committee the town sits in, once per pile.
     */
    private void raiseShortBoard(Caller caller, CaseCategory category, CaseRouting routing, ShortBoardRule rule,
            Instant now) {
        if (routing.villageGrid() == null || routing.town() == null) {
            return;
        }
        long piled = cases.countInVillageGrid(category.code(), routing.villageGrid(), rule.windowStart(now));
        var lastRaised = shortBoards.problems().lastRaised(category.code(), routing.villageGrid()).orElse(null);
        if (!rule.raisesAt(piled, lastRaised, now)) {
            return;
        }
        var committee = committeeFor(routing.town(), LocalDate.ofInstant(now, Clock.CITY_TIME));
        shortBoards.writes().create(caller, () -> {
            var raising = ShortBoardProblem.raise(new ShortBoardProblemId(shortBoards.writes().newId()), category,
                    routing, piled, rule, committee, now);
            return new AggregateWrites.Created<>(raising.problem(), raising.event());
        }, Function.identity()); // the problem raised is not answered: the case taken in is
    }

    /** The live area fusion committee the town sits in; else the promotion committee; else none. */
    private CommitteeId committeeFor(OrganizationId town, LocalDate day) {
        for (Seat seat : references.committees().seatsOf(town, day)) {
            if (seat.tier() == CommitteeTier.AREA) { // the seats held on the day only
                return seat.committeeId();
            }
        }
        var promotion = references.committees().committees(new CommitteeCriteria(CommitteeTier.DISTRICT_PROMOTION,
                null, null, null), day, PageRequest.first()).items();
        return promotion.isEmpty() ? null : promotion.get(0).id();
    }

    private Optional<CityCase> repeatedCase(CaseCategory category, GeoPoint point, Instant now) {
        if (category.repeatMetres() == 0) {
            return Optional.empty();
        }
        return cases.openNear(category.code(), point, category.repeatMetres(), now.minus(category.repeatWindow()),
                now.plus(category.repeatWindow())).stream().filter(c -> category.repeats(c, point, now)).findFirst();
    }

    /** The grids a point lies in on the day (the grids as drawn then). */
    private CaseRouting route(GeoPoint point, LocalDate day) {
        return references.grids().place(point.longitude(), point.latitude(), day)
                .map(at -> new CaseRouting(at.microGrid(), at.microCode(), at.villageGrid(), at.villageCode(),
                        at.areaGrid(), at.areaCode(), at.town()))
                .orElse(CaseRouting.outsideEveryGrid());
    }

    @Override
    public CasePolicyView adoptPolicy(Caller caller, AdoptCasePolicyCommand command) {
        CaseStewardship.requireMayAdoptPolicy(caller.actor());
        var views = views();
        if (command.expectedVersion() == 0) {
            return policyWrites.create(caller, () -> {
                requireDepartments(command.categories());
                if (policies.current().isPresent()) {
                    throw new CasePolicyExistsException();
                }
                var adoption = CasePolicy.adopt(new CasePolicyId(policyWrites.newId()), command.categories(),
                        command.calendar(), command.shortBoard(), policyWrites.now());
                return new AggregateWrites.Created<>(adoption.policy(), adoption.event());
            }, views::of);
        }
        return policyWrites.inTransaction(() -> {
            var current = policies.current().orElseThrow(() -> new AggregateNotFoundException("case policy", "current"));
            return policyWrites.change(caller, current.getId(), command.expectedVersion(), policy -> {
                requireDepartments(command.categories());
                List<String> inUse = policy.removedBy(command.categories()).stream()
                        .filter(code -> cases.countOpen(code) > 0).toList();
                if (!inUse.isEmpty()) {
                    throw new CategoryInUseException(inUse);
                }
                return policy.revise(command.categories(), command.calendar(), command.shortBoard(),
                        policyWrites.now());
            }, views::of);
        });
    }

    private void requireDepartments(List<CaseCategory> categories) {
        for (CaseCategory category : categories) {
            var department = references.organizations().findById(category.department())
                    .orElseThrow(() -> new UnknownReferenceException("departmentId", "organization",
                            category.department()));
            if (department.kind() != OrganizationKind.DEPARTMENT_PARTY_BODY
                    || department.status() != OrganizationStatus.ACTIVE) {
                throw new InvalidValueException("departmentId", category.code() + ": a category is owned by an active"
                        + " department party body, not " + department.name().zh());
            }
        }
    }

    @Override
    public CaseView change(Caller caller, CaseChange change) {
        return change(caller, change, null);
    }

    @Override
    public CaseView change(Caller caller, CaseChange change, Instant at) {
        requireNotAhead(at);
        var views = views();
        Instant now = at == null ? writes.now() : at;
        return writes.change(caller, change.id(), change.expectedVersion(), c -> requireMay(caller.actor(), c, change),
                c -> apply(caller.actor(), c, change, now), c -> views.of(c, policies.current(), now));
    }

    private static void requireMay(Actor actor, CityCase c, CaseChange change) {
        if (change instanceof CaseChange.SignFor || change instanceof CaseChange.Return
                || change instanceof CaseChange.StartHandling || change instanceof CaseChange.Respond) {
            CaseStewardship.requireMayHandle(actor, c.department());
        } else {
            CaseStewardship.requireMayDispatch(actor, c.town());
        }
    }

    private DomainEvent apply(Actor actor, CityCase c, CaseChange change, Instant now) {
        OrganizationId by = actor.organization();
        var policy = policies.current().orElseThrow(NoCasePolicyException::new);
        var calendar = policy.calendar();
        var category = policy.requireCategory("category", c.category());
        if (change instanceof CaseChange.File file) {
            return c.file(by, town(file.town()), now);
        }
        if (change instanceof CaseChange.Invalidate invalidate) {
            return c.invalidate(by, invalidate.reason(), now);
        }
        if (change instanceof CaseChange.Dispatch dispatch) {
            return c.dispatch(by, department(dispatch.department()), category, calendar, now);
        }
        if (change instanceof CaseChange.SignFor) {
            // the admin signs for on the department's behalf
            return c.signFor(c.department(), category, calendar, now);
        }
        if (change instanceof CaseChange.Return back) {
            return c.returnToDispatch(by, back.reason(), calendar, now);
        }
        if (change instanceof CaseChange.StartHandling) {
            return c.startHandling(by, now);
        }
        if (change instanceof CaseChange.Respond respond) {
            return c.respond(by, respond.answer(), respond.photos(), calendar, now);
        }
        if (change instanceof CaseChange.Verify verify) {
            return c.verify(by, verify.passed(), verify.finding(), calendar, now);
        }
        if (change instanceof CaseChange.Close) {
            return c.close(by, now);
        }
        if (change instanceof CaseChange.Suspend suspend) {
            return c.suspend(by, suspend.reason(), calendar, now);
        }
        return c.resume(by, calendar, now);
    }

    private OrganizationId town(OrganizationId town) {
        if (town != null) {
            var organization = references.organizations().findById(town)
                    .orElseThrow(() -> new UnknownReferenceException("townId", "organization", town));
            if (organization.kind() != OrganizationKind.TOWN_PARTY_COMMITTEE) {
                throw new InvalidValueException("townId", "a case is filed to a town party committee, not "
                        + organization.name().zh());
            }
        }
        return town;
    }

    private OrganizationId department(OrganizationId department) {
        if (department != null) {
            var organization = references.organizations().findById(department)
                    .orElseThrow(() -> new UnknownReferenceException("departmentId", "organization", department));
            if (organization.kind() != OrganizationKind.DEPARTMENT_PARTY_BODY) {
                throw new InvalidValueException("departmentId", "a case is dispatched to a department party body, not "
                        + organization.name().zh());
            }
        }
        return department;
    }

    @Override
    public int escalateDue(Caller caller, Instant at) {
        var calendar = policies.current().map(CasePolicy::calendar).orElse(null);
        if (calendar == null) {
            return 0;
        }
        int escalated = 0;
        while (true) {
            var due = cases.dueForEscalation(at, SCAN_BATCH);
            // a batch in one transaction: one commit for many escalations, each still its own compare-and-set
            int round = writes.inTransaction(() -> {
                int done = 0;
                for (CityCase c : due) {
                    try {
                        writes.alsoChanged(caller, c, c.escalate(calendar, at));
                        done++;
                    } catch (StaleVersionException movedOn) {
                        // another node escalated it, or someone took its next step, since the scan read it;
                        // nothing of it was written (the compare-and-set wrote no row)
                    }
                }
                return done;
            });
            if (round == 0) { // none left due, or another node took the rest
                return escalated;
            }
            escalated += round; // and look again: an escalated case may be due one level further
        }
    }
}
