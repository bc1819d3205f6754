package org.ronghe.domain.targetsystem;

import org.ronghe.domain.shared.RuleViolationException;

/** Only a current reading (not one already superseded) is corrected. */
public final class ReadingCorrectionException extends RuleViolationException {

    public ReadingCorrectionException(String message) {
        super("reading-correction", message);
    }
}
