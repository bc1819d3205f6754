package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * A city signal handled in a closed loop (数治闭环管理): RECEIVED → FILED | INVALID → DISPATCHED → SIGNED_FOR →
 * HANDLING → RESPONDED → VERIFIED | VERIFY_FAILED (back to handling) → CLOSED; RETURNED by the department within
 * its time to sign for, SUSPENDED for an agreed extension. Each time a limit passes without the next step it is
 * answered for one grid level up (micro → village → area → town). Who may take a step is the application's
 * check ({@code CaseStewardship}); what the step may be is this class's.
 */
public final class CityCase implements AggregateRoot<CityCase, CaseId> {

    /**
     * Where the case stands.
     *
     * @param department    who handles it (the category's owner, unless a dispatcher chose another)
     * @param handler       the organization that signed for it, or null before
     * @param suspendedFrom the status a suspension will resume to
     * @param clock         the limit of the step it waits for, or null when none runs
     * @param late          whether a limit passed before its step (an escalation counts): closed, it was not on time
     */
    public record Progress(CaseStatus status, CaseRouting routing, CaseLevel level, OrganizationId department,
            OrganizationId handler, CaseStatus suspendedFrom, CaseClock clock, Instant dispatchedAt,
            Instant signedForAt, Instant respondedAt, Instant closedAt, boolean late, int duplicates, int returns,
            int escalations) {

        public Progress {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(routing, "routing");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(department, "department");
        }
    }

    public record State(CaseId id, CaseIntake intake, Progress progress, List<CaseStep> history, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(intake, "intake");
            Objects.requireNonNull(progress, "progress");
            history = List.copyOf(history == null ? List.of() : history);
        }
    }

    private State s;

    private CityCase(State state) {
        this.s = state;
    }

    public record Reception(CityCase cityCase, CaseEvent.Received event) {
    }

    /** A signal becomes a case of its category, routed by its point, waiting to be filed. */
    public static Reception receive(CaseId id, CaseIntake intake, CaseCategory category, CaseRouting routing) {
        if (!category.code().equals(intake.category())) {
            throw new IllegalArgumentException("the intake is of " + intake.category() + ", not " + category.code());
        }
        Objects.requireNonNull(routing, "routing");
        var progress = new Progress(CaseStatus.RECEIVED, routing, routing.startLevel(), category.department(), null,
                null, null, null, null, null, null, false, 0, 0, 0);
        var step = new CaseStep(intake.receivedAt(), CaseAction.RECEIVED, CaseStatus.RECEIVED, null, null,
                intake.photos());
        var cityCase = new CityCase(new State(id, intake, progress, List.of(step), 0));
        return new Reception(cityCase, new CaseEvent.Received(id, intake.source(), intake.sourceEventId(),
                category.code(), routing.town(), routing.codeAt(routing.startLevel()), intake.receivedAt()));
    }

    public static CityCase restore(State state) {
        return new CityCase(state);
    }

    /** A repeat of the same problem (see {@link CaseCategory#repeats}) is counted on this case. */
    public CaseEvent.DuplicateJoined joinDuplicate(SignalSource source, String sourceEventId, Instant now) {
        require(status().isOpen(), "a repeat joins an open case");
        var progress = change(d -> d.duplicates++);
        record(now, CaseAction.DUPLICATE_JOINED, null, source + " " + sourceEventId, List.of(), progress);
        return new CaseEvent.DuplicateJoined(id(), source, sourceEventId, progress.duplicates(), now);
    }

    /**
     * A dispatcher files the case. A point outside every grid is never lost: it is filed to the town the
     * dispatcher names; a routed case stays with the town its point lies in.
     */
    public CaseEvent.Filed file(OrganizationId by, OrganizationId town, Instant now) {
        requireStatus(CaseAction.FILED, CaseStatus.RECEIVED);
        var routing = s.progress().routing();
        if (routing.town() == null && town == null) {
            throw new InvalidValueException("townId", "the case lies outside every grid: name the town it is filed to");
        }
        if (routing.town() != null && town != null && !routing.town().equals(town)) {
            throw new InvalidValueException("townId", "the case lies in the grids of town " + routing.town()
                    + "; it is filed there");
        }
        var filedTo = routing.town() != null ? routing : routing.filedTo(town);
        record(now, CaseAction.FILED, by, null, List.of(), change(d -> {
            d.status = CaseStatus.FILED;
            d.routing = filedTo;
        }));
        return new CaseEvent.Filed(id(), filedTo.town(), now);
    }

    /** Not a case (不予立案), with the reason: a false alarm, outside the city's remit. */
    public CaseEvent.Invalidated invalidate(OrganizationId by, String reason, Instant now) {
        requireStatus(CaseAction.INVALIDATED, CaseStatus.RECEIVED, CaseStatus.FILED);
        String why = Text.required("reason", reason, 1_000);
        record(now, CaseAction.INVALIDATED, by, why, List.of(), change(d -> {
            d.status = CaseStatus.INVALID;
            d.closedAt = now;
        }));
        return new CaseEvent.Invalidated(id(), why, now);
    }

    /**
     * Sent to the department (the category's owner unless the dispatcher names another, as after a return);
     * the time to sign for starts.
     */
    public CaseEvent.Dispatched dispatch(OrganizationId by, OrganizationId department, CaseCategory category,
            WorkingCalendar calendar, Instant now) {
        requireStatus(CaseAction.DISPATCHED, CaseStatus.FILED, CaseStatus.RETURNED);
        var to = department != null ? department : category.department();
        var clock = CaseClock.start(CaseClock.ClockStage.SIGN_FOR, category.toSignFor(), now, calendar, atTown());
        record(now, CaseAction.DISPATCHED, by, null, List.of(), change(d -> {
            d.status = CaseStatus.DISPATCHED;
            d.department = to;
            d.clock = clock;
            d.dispatchedAt = d.dispatchedAt != null ? d.dispatchedAt : now;
        }));
        return new CaseEvent.Dispatched(id(), to, clock.deadline(), now);
    }

    /** The department takes the case (签收); the time to respond starts. Late if the time to sign for had passed. */
    public CaseEvent.SignedFor signFor(OrganizationId by, CaseCategory category, WorkingCalendar calendar, Instant now) {
        requireStatus(CaseAction.SIGNED_FOR, CaseStatus.DISPATCHED);
        Objects.requireNonNull(by, "by");
        if (!by.equals(department())) {
            throw new CaseLifecycleException("only the department the case was dispatched to signs for it");
        }
        boolean late = s.progress().clock().isPastLimitAt(now);
        var clock = CaseClock.start(CaseClock.ClockStage.RESPOND, category.toRespond(), now, calendar, atTown());
        record(now, CaseAction.SIGNED_FOR, by, null, List.of(), change(d -> {
            d.status = CaseStatus.SIGNED_FOR;
            d.handler = by;
            d.clock = clock;
            d.signedForAt = now;
            d.late |= late;
        }));
        return new CaseEvent.SignedFor(id(), by, late, clock.deadline(), now);
    }

    /** The department sends the case back (退单) with its reason, only within the time to sign for. */
    public CaseEvent.Returned returnToDispatch(OrganizationId by, String reason, WorkingCalendar calendar, Instant now) {
        requireStatus(CaseAction.RETURNED, CaseStatus.DISPATCHED);
        String why = Text.required("reason", reason, 1_000);
        var clock = s.progress().clock();
        if (clock.isPastLimitAt(now)) {
            throw new CaseReturnTooLateException("the time to sign for ended at " + clock.deadline()
                    + ": a case is returned only within it");
        }
        var from = department();
        record(now, CaseAction.RETURNED, by, why, List.of(), change(d -> {
            d.status = CaseStatus.RETURNED;
            d.clock = null;
            d.returns++;
        }));
        return new CaseEvent.Returned(id(), from, why, now);
    }

    /** The handler starts work, after signing for it or after a failed verification. */
    public CaseEvent.HandlingStarted startHandling(OrganizationId by, Instant now) {
        requireStatus(CaseAction.HANDLING_STARTED, CaseStatus.SIGNED_FOR, CaseStatus.VERIFY_FAILED);
        record(now, CaseAction.HANDLING_STARTED, by, null, List.of(), change(d -> d.status = CaseStatus.HANDLING));
        return new CaseEvent.HandlingStarted(id(), now);
    }

    /** The handler answers (处置反馈) with what was done and photos; the clock waits for the verifier. */
    public CaseEvent.Responded respond(OrganizationId by, String answer, List<String> photos, WorkingCalendar calendar,
            Instant now) {
        requireStatus(CaseAction.RESPONDED, CaseStatus.HANDLING);
        String text = Text.required("answer", answer, 2_000);
        var pictures = CaseIntake.photos(photos);
        boolean late = s.progress().clock().isPastLimitAt(now);
        var paused = s.progress().clock().pause(now, calendar);
        record(now, CaseAction.RESPONDED, by, text, pictures, change(d -> {
            d.status = CaseStatus.RESPONDED;
            d.clock = paused;
            d.respondedAt = now;
            d.late |= late;
        }));
        return new CaseEvent.Responded(id(), late, now);
    }

    /**
     * Someone other than the handler checks the answer on the spot: passed, or failed with a finding that sends
     * it back to the handler with its clock running again.
     *
     * @param by the verifier's organization, or null for the district's admin
     */
    public CaseEvent verify(OrganizationId by, boolean passed, String finding, WorkingCalendar calendar, Instant now) {
        requireStatus(passed ? CaseAction.VERIFIED : CaseAction.VERIFICATION_FAILED, CaseStatus.RESPONDED);
        if (by != null && by.equals(s.progress().handler())) {
            throw new CaseVerifierException("the organization that handled a case does not verify it");
        }
        if (passed) {
            record(now, CaseAction.VERIFIED, by, Text.optional("finding", finding, 2_000), List.of(),
                    change(d -> {
                        d.status = CaseStatus.VERIFIED;
                        d.clock = null;
                    }));
            return new CaseEvent.Verified(id(), by, now);
        }
        String why = Text.required("finding", finding, 2_000);
        var running = s.progress().clock().resume(now, calendar, atTown());
        record(now, CaseAction.VERIFICATION_FAILED, by, why, List.of(), change(d -> {
            d.status = CaseStatus.VERIFY_FAILED;
            d.clock = running;
        }));
        return new CaseEvent.VerificationFailed(id(), by, why, now);
    }

    /** 结案: a verified case is closed; on time when no limit passed before its step. */
    public CaseEvent.Closed close(OrganizationId by, Instant now) {
        requireStatus(CaseAction.CLOSED, CaseStatus.VERIFIED);
        record(now, CaseAction.CLOSED, by, null, List.of(), change(d -> {
            d.status = CaseStatus.CLOSED;
            d.closedAt = now;
        }));
        return new CaseEvent.Closed(id(), !s.progress().late(), now);
    }

    /** An agreed extension: the case waits, and its time does not count until it resumes. */
    public CaseEvent.Suspended suspend(OrganizationId by, String reason, WorkingCalendar calendar, Instant now) {
        requireStatus(CaseAction.SUSPENDED, CaseStatus.SIGNED_FOR, CaseStatus.HANDLING, CaseStatus.VERIFY_FAILED);
        String why = Text.required("reason", reason, 1_000);
        var paused = s.progress().clock().pause(now, calendar);
        var from = status();
        record(now, CaseAction.SUSPENDED, by, why, List.of(), change(d -> {
            d.status = CaseStatus.SUSPENDED;
            d.suspendedFrom = from;
            d.clock = paused;
        }));
        return new CaseEvent.Suspended(id(), why, now);
    }

    public CaseEvent.Resumed resume(OrganizationId by, WorkingCalendar calendar, Instant now) {
        requireStatus(CaseAction.RESUMED, CaseStatus.SUSPENDED);
        var running = s.progress().clock().resume(now, calendar, atTown());
        var to = s.progress().suspendedFrom();
        record(now, CaseAction.RESUMED, by, null, List.of(), change(d -> {
            d.status = to;
            d.suspendedFrom = null;
            d.clock = running;
        }));
        return new CaseEvent.Resumed(id(), running.deadline(), now);
    }

    /** Whether the clock has reached its next escalation at an instant (a scan may escalate it then). */
    public boolean isDueForEscalation(Instant now) {
        Instant next = nextEscalationAt();
        return next != null && !now.isBefore(next);
    }

    /**
     * A time limit (or a further limit's length) passed without the next step: the case is answered for one
     * grid level up, and is late. Refused when it is not due, so that two scans never escalate it twice.
     */
    public CaseEvent.Escalated escalate(WorkingCalendar calendar, Instant now) {
        if (!isDueForEscalation(now)) {
            throw new CaseLifecycleException("the case is not due for escalation at " + now);
        }
        var to = level().up();
        var clock = s.progress().clock().escalated(calendar, to == CaseLevel.TOWN);
        String code = s.progress().routing().codeAt(to);
        record(now, CaseAction.ESCALATED, null, to.name() + (code == null ? "" : " " + code), List.of(),
                change(d -> {
                    d.level = to;
                    d.clock = clock;
                    d.escalations++;
                    d.late = true;
                }));
        return new CaseEvent.Escalated(id(), to, code, now);
    }

    /**
     * When the limit of the step it waits for passes (or passed, for a late response waiting for its verifier),
     * or null while no limit counts: overdue after it. Stored beside the case so that overdue cases are found
     * by an index.
     */
    public Instant dueAt() {
        var clock = s.progress().clock();
        return status().isOpen() && clock != null ? clock.deadline() : null;
    }

    /** When the case goes one level up unless its next step comes first, or null (see {@link CaseClock}). */
    public Instant nextEscalationAt() {
        var clock = s.progress().clock();
        return status().isOpen() && clock != null ? clock.nextEscalationAt() : null;
    }

    /** Open with its limit passed at an instant (a suspended case's paused time does not count). */
    public boolean isOverdueAt(Instant at) {
        Instant due = dueAt();
        return due != null && at.isAfter(due);
    }

    private boolean atTown() {
        return level() == CaseLevel.TOWN;
    }

    private void requireStatus(CaseAction action, CaseStatus... allowed) {
        for (CaseStatus status : allowed) {
            if (status == status()) {
                return;
            }
        }
        throw new CaseLifecycleException(action + " is refused: the case is " + status() + " (" + status().nameZh()
                + ")");
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new CaseLifecycleException(rule);
        }
    }

    /** The progress after a change, as a draft edited in place (the record has fifteen fields). */
    private Progress change(Consumer<Draft> edit) {
        var draft = new Draft(s.progress());
        edit.accept(draft);
        return draft.progress();
    }

    private void record(Instant now, CaseAction action, OrganizationId by, String note, List<String> photos,
            Progress progress) {
        var history = new ArrayList<>(s.history());
        history.add(new CaseStep(now, action, progress.status(), by, note, photos));
        s = new State(s.id(), s.intake(), progress, history, s.version());
    }

    private static final class Draft {
        CaseStatus status;
        CaseRouting routing;
        CaseLevel level;
        OrganizationId department;
        OrganizationId handler;
        CaseStatus suspendedFrom;
        CaseClock clock;
        Instant dispatchedAt;
        Instant signedForAt;
        Instant respondedAt;
        Instant closedAt;
        boolean late;
        int duplicates;
        int returns;
        int escalations;

        Draft(Progress p) {
            status = p.status();
            routing = p.routing();
            level = p.level();
            department = p.department();
            handler = p.handler();
            suspendedFrom = p.suspendedFrom();
            clock = p.clock();
            dispatchedAt = p.dispatchedAt();
            signedForAt = p.signedForAt();
            respondedAt = p.respondedAt();
            closedAt = p.closedAt();
            late = p.late();
            duplicates = p.duplicates();
            returns = p.returns();
            escalations = p.escalations();
        }

        Progress progress() {
            return new Progress(status, routing, level, department, handler, suspendedFrom, clock, dispatchedAt,
                    signedForAt, respondedAt, closedAt, late, duplicates, returns, escalations);
        }
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.intake(), s.progress(), s.history(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public CaseId getId() {
        return s.id();
    }

    public CaseId id() {
        return s.id();
    }

    public CaseStatus status() {
        return s.progress().status();
    }

    public CaseLevel level() {
        return s.progress().level();
    }

    public OrganizationId department() {
        return s.progress().department();
    }

    public OrganizationId town() {
        return s.progress().routing().town();
    }

    public String category() {
        return s.intake().category();
    }

    public GeoPoint location() {
        return s.intake().location();
    }

    public Instant receivedAt() {
        return s.intake().receivedAt();
    }

    public long version() {
        return s.version();
    }
}
