package org.ronghe.domain.targetsystem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/** A value reported for an indicator as of a day; a correction names the reading it supersedes, which stays. */
public record Reading(int number, BigDecimal value, LocalDate asOf, OrganizationId reporter, String note,
        String evidence, Integer corrects) implements ValueObject {

    public Reading {
        if (value == null) {
            throw new InvalidValueException("value", "is required");
        }
        if (asOf == null) {
            throw new InvalidValueException("asOf", "is required");
        }
        Objects.requireNonNull(reporter, "reporter");
        note = Text.optional("note", note, 2_000);
        evidence = Text.optional("evidence", evidence, 500);
    }
}
