package org.ronghe.adapter.http.dataset;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ronghe.application.Ronghe;
import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * The city cases of a structure document: the policy adopted, then every case's history replayed in the order of
 * time through the use cases at its own instants, the escalation scan running before each event and once more at
 * the document's reference instant, so that routing, repeats, limits, escalations and the short-board rule judge
 * each step as they did then.
 */
final class CaseHistories {

    private final Ronghe ronghe;
    private final Caller caller;
    private final Map<String, OrganizationId> organizations;

    CaseHistories(Ronghe ronghe, Caller caller, Map<String, OrganizationId> organizations) {
        this.ronghe = ronghe;
        this.caller = caller;
        this.organizations = organizations;
    }

    /** One event of the timeline: a signal taken in, or a step of the case it made. */
    private record Event(Instant at, int order, StructureDocument.CaseEntry entry, StructureDocument.CaseStepEntry step) {
    }

    void adopt(StructureDocument.CasePolicyEntry policy) {
        List<CaseCategory> categories = new ArrayList<>();
        for (var category : policy.categories()) {
            String at = "casePolicy.categories[" + category.code() + "]";
            categories.add(new CaseCategory(category.code(), BilingualName.of(category.name(), category.nameEn()),
                    organization(at + ".department", category.department()),
                    Enums.parse(Urgency.class, at + ".urgency", category.urgency()),
                    limit(at + ".toSignFor", category.toSignFor()), limit(at + ".toRespond", category.toRespond()),
                    Duration.ofHours(category.repeatWindowHours()), category.repeatMetres()));
        }
        ronghe.cases().commands().adoptPolicy(caller, new AdoptCasePolicyCommand(0, categories,
                new WorkingCalendar(new TreeSet<>(policy.holidays()), new TreeSet<>(policy.makeUpWorkingDays())),
                new ShortBoardRule(policy.shortBoardCases(), policy.shortBoardDays())));
    }

    private static TimeLimit limit(String field, StructureDocument.LimitEntry limit) {
        if (limit == null) {
            throw new InvalidValueException(field, "is required");
        }
        return new TimeLimit(limit.amount(), Enums.parse(TimeLimit.LimitUnit.class, field + ".unit", limit.unit()));
    }

    /**
     * Replays the cases' histories.
     *
     * @param asOf the instant the document describes, or null: the scan runs once more then
     */
    void replay(List<StructureDocument.CaseEntry> cases, Instant asOf) {
        List<Event> events = new ArrayList<>();
        Set<String> eventIds = new java.util.HashSet<>();
        int order = 0;
        for (var entry : cases) {
            if (!eventIds.add(entry.source() + " " + entry.eventId())) {
                throw new InvalidValueException("cases", "the event " + entry.eventId() + " of " + entry.source()
                        + " is given twice");
            }
            events.add(new Event(required("cases[" + entry.eventId() + "].receivedAt", entry.receivedAt()), order++,
                    entry, null));
            for (var step : entry.steps()) {
                events.add(new Event(required("cases[" + entry.eventId() + "].steps.at", step.at()), order++, entry,
                        step));
            }
        }
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::order));
        Map<StructureDocument.CaseEntry, CaseId> made = new HashMap<>();
        var commands = ronghe.cases().commands();
        for (Event event : events) {
            commands.escalateDue(caller, event.at());
            var entry = event.entry();
            if (event.step() == null) {
                var intake = commands.receive(caller, new ReceiveSignalCommand(Enums.parse(SignalSource.class,
                        "cases.source", entry.source()), entry.eventId(), entry.category(),
                        new GeoPoint(entry.longitude(), entry.latitude()), entry.address(), entry.description(),
                        entry.photos(), null), event.at());
                if (intake.outcome() != org.ronghe.application.cases.port.in.CaseIntakeView.Outcome.NEW_CASE
                        && !entry.steps().isEmpty()) {
                    throw new InvalidValueException("cases[" + entry.eventId() + "]", "joined an open case as a repeat"
                            + " of it when taken in, so its own steps cannot be replayed");
                }
                made.put(entry, intake.cityCase().cityCase().id());
            } else {
                CaseId id = made.get(entry);
                long version = ronghe.cases().queries().cityCase(id, event.at()).cityCase().version();
                commands.change(stepCaller(entry, event.step()), change(id, version, entry, event.step()), event.at());
            }
        }
        if (asOf != null) {
            commands.escalateDue(caller, asOf);
        }
    }

    private static Instant required(String field, Instant at) {
        if (at == null) {
            throw new InvalidValueException(field, "is required");
        }
        return at;
    }

    /** The organization that took the step, as an operator of it; the district's admin where none is named. */
    private Caller stepCaller(StructureDocument.CaseEntry entry, StructureDocument.CaseStepEntry step) {
        if (step.by() == null) {
            return caller;
        }
        var by = organization("cases[" + entry.eventId() + "].steps.by", step.by());
        return new Caller(new Actor(by, Role.OPERATOR), null, caller.requestId());
    }

    private CaseChange change(CaseId id, long version, StructureDocument.CaseEntry entry,
            StructureDocument.CaseStepEntry step) {
        String at = "cases[" + entry.eventId() + "].steps." + step.action();
        return switch (step.action() == null ? "" : step.action()) {
            case "FILE" -> new CaseChange.File(id, version, step.town() == null ? null
                    : organization(at + ".town", step.town()));
            case "INVALIDATE" -> new CaseChange.Invalidate(id, version, step.note());
            case "DISPATCH" -> new CaseChange.Dispatch(id, version, step.department() == null ? null
                    : organization(at + ".department", step.department()));
            case "SIGN_FOR" -> new CaseChange.SignFor(id, version);
            case "RETURN" -> new CaseChange.Return(id, version, step.note());
            case "START_HANDLING" -> new CaseChange.StartHandling(id, version);
            case "RESPOND" -> new CaseChange.Respond(id, version, step.note(), step.photos());
            case "VERIFY" -> new CaseChange.Verify(id, version, step.passed() == null || step.passed(), step.note());
            case "CLOSE" -> new CaseChange.Close(id, version);
            case "SUSPEND" -> new CaseChange.Suspend(id, version, step.note());
            case "RESUME" -> new CaseChange.Resume(id, version);
            default -> throw new InvalidValueException(at, "is not a step of a case's loop");
        };
    }

    private OrganizationId organization(String field, String key) {
        OrganizationId id = organizations.get(key);
        if (id == null) {
            throw new InvalidValueException(field, "refers to '" + key + "', which the document does not define");
        }
        return id;
    }
}
