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
}
