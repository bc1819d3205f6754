package org.ronghe.domain.task;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/** A progress note on a task; appended, never changed. */
public record ProgressNote(OrganizationId author, String text, LocalDate on) implements ValueObject {

    public ProgressNote {
        Objects.requireNonNull(author, "author");
        text = Text.required("text", text, 2_000);
        Objects.requireNonNull(on, "on");
    }
}
