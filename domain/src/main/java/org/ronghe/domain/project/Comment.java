package org.ronghe.domain.project;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/** A remark by a co-organization (or the principal) on a project; appended, never changed. */
public record Comment(OrganizationId author, String text, LocalDate on) implements ValueObject {

    public Comment {
        Objects.requireNonNull(author, "author");
        text = Text.required("text", text, 2_000);
        Objects.requireNonNull(on, "on");
    }
}
