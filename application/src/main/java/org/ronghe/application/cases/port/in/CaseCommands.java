package org.ronghe.application.cases.port.in;

import java.time.Instant;

import org.ronghe.application.shared.port.Caller;

/**
 * Every write to city cases: take in a signal (a new case, a repeat joining an open one, or a delivery seen
 * before), set the case policy, take a step of a case's loop, and escalate the cases whose limits passed.
 */
public interface CaseCommands {

    /** Any operator; a replayed source event id answers the case it made or joined, never a second one. */
    CaseIntakeView receive(Caller caller, ReceiveSignalCommand command);

    /** The ADMIN adopts the policy the first time (expected version 0) and replaces it whole afterwards. */
    CasePolicyView adoptPolicy(Caller caller, AdoptCasePolicyCommand command);

    CaseView change(Caller caller, CaseChange change);

    /**
     * Takes in a signal as it was received at a past instant: a recorded history replayed (a data set, cases moved
     * over from another system), every rule applied as it was then (the grids of that day, the repeat window, the
     * short-board rule).
     *
     * @throws org.ronghe.domain.shared.InvalidValueException for an instant ahead of now
     */
    CaseIntakeView receive(Caller caller, ReceiveSignalCommand command, Instant at);

    /** A step of a case taken at a past instant, as {@link #receive(Caller, ReceiveSignalCommand, Instant)} is. */
    CaseView change(Caller caller, CaseChange change, Instant at);

    /**
     * Escalates every case due at the instant (the server's scan, each minute): idempotent, and two nodes that
     * scan at once never escalate a case twice (the second finds it moved on and leaves it).
     *
     * @return how many cases went one level up
     */
    int escalateDue(Caller caller, Instant at);
}
