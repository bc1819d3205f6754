package org.ronghe.application.cases.port.in;

/** What became of a signal: the case it made or joined, and which of the two (or a delivery seen before). */
public record CaseIntakeView(Outcome outcome, CaseView cityCase) {

    public enum Outcome {
        /** A new case, routed by its point. */
        NEW_CASE,
        /** A repeat of an open case's problem: counted on that case. */
        DUPLICATE,
        /** The source's event id was taken in before: the case it made or joined, unchanged. */
        ALREADY_RECEIVED
    }
}
