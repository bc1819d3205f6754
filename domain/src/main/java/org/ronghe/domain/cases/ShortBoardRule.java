package org.ronghe.domain.cases;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * When the street reaches the deliberation loop: this many cases of one category in one village grid within
 * this many days make a short-board problem (短板问题) for the area's fusion committee.
 */
public record ShortBoardRule(int cases, int days) implements ValueObject {

    public ShortBoardRule {
        if (cases < 2 || cases > 1_000) {
            throw new InvalidValueException("shortBoard.cases", "must be from 2 to 1000, was " + cases);
        }
        if (days < 1 || days > 366) {
            throw new InvalidValueException("shortBoard.days", "must be from 1 to 366, was " + days);
        }
    }

    /** The window the cases are counted in, up to an instant. */
    public java.time.Instant windowStart(java.time.Instant at) {
        return at.minus(java.time.Duration.ofDays(days));
    }

    /**
     * Whether the cases counted in the window raise a problem now: as many as the rule says, and none raised for
     * this category and grid within the window already (one problem per pile, not one per case past the count).
     *
     * @param lastRaised when the last problem of this category and grid was raised, or null
     */
    public boolean raisesAt(long casesInWindow, java.time.Instant lastRaised, java.time.Instant at) {
        return casesInWindow >= cases && (lastRaised == null || lastRaised.isBefore(windowStart(at)));
    }
}
