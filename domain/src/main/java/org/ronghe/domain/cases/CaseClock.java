package org.ronghe.domain.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The time limit of the step a case waits for (to sign for, or to respond), counted on the calendar. Paused
 * time (an agreed suspension, a response waiting for its verifier) does not count: {@code used} keeps what ran
 * before; while it runs, {@code deadline} is when the limit passes and {@code nextEscalationAt} when the case
 * goes one level up (each further limit's length after the first).
 *
 * @param runningSince null while paused
 * @param deadline     when the limit passes while it runs; while paused, the deadline that had passed already (a late
 *                     response waiting for its verifier is still overdue), else null
 * @param escalations  how many times this stage has sent the case up
 * @param nextEscalationAt null while paused, or once the case is at the town
 */
public record CaseClock(ClockStage stage, TimeLimit limit, Duration used, Instant runningSince, Instant deadline,
        int escalations, Instant nextEscalationAt) implements ValueObject {

    public enum ClockStage {
        /** From dispatch to sign-for. */
        SIGN_FOR,
        /** From sign-for to the handler's response. */
        RESPOND
    }

    public CaseClock {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(used, "used");
    }

    static CaseClock start(ClockStage stage, TimeLimit limit, Instant now, WorkingCalendar calendar, boolean atTown) {
        return new CaseClock(stage, limit, Duration.ZERO, null, null, 0, null).resume(now, calendar, atTown);
    }

    public boolean running() {
        return runningSince != null;
    }

    /** Whether the limit had passed at an instant (paused: whether it had passed when it paused). */
    public boolean isPastLimitAt(Instant at) {
        return deadline != null && at.isAfter(deadline);
    }

    CaseClock pause(Instant now, WorkingCalendar calendar) {
        Duration counted = used.plus(calendar.counted(runningSince, now, limit.countsWorkingTimeOnly()));
        return new CaseClock(stage, limit, counted, null, counted.compareTo(limit.length()) > 0 ? deadline : null,
                escalations, null);
    }

    CaseClock resume(Instant now, WorkingCalendar calendar, boolean atTown) {
        Instant due = calendar.after(now, positive(limit.length().minus(used)), limit.countsWorkingTimeOnly());
        return new CaseClock(stage, limit, used, now, due, escalations, atTown ? null : escalationAfter(now, calendar));
    }

    /** One level up: the next escalation a further limit's length on (none once at the town). */
    CaseClock escalated(WorkingCalendar calendar, boolean atTown) {
        var next = new CaseClock(stage, limit, used, runningSince, deadline, escalations + 1, null);
        return atTown ? next : new CaseClock(stage, limit, used, runningSince, deadline, escalations + 1,
                next.escalationAfter(runningSince, calendar));
    }

    private Instant escalationAfter(Instant since, WorkingCalendar calendar) {
        Duration until = limit.length().multipliedBy(escalations + 1L).minus(used);
        return calendar.after(since, positive(until), limit.countsWorkingTimeOnly());
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
