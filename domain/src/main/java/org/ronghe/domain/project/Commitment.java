package org.ronghe.domain.project;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.Text;

/**
 * One promise of a responsibility agreement: a measurable deliverable due on a day. Commitments are
 * numbered from 1 in the agreement; their progress lives in the project's append-only updates.
 */
public record Commitment(int number, String deliverable, LocalDate dueOn) implements ValueObject {

    public Commitment {
        if (number < 1) {
            throw new IllegalArgumentException("commitments are numbered from 1");
        }
        deliverable = Text.required("commitments.deliverable", deliverable, 500);
        Objects.requireNonNull(dueOn, "dueOn");
        Days.plausible("commitments.dueOn", dueOn);
    }
}
