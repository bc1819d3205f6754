package org.ronghe.domain.committee;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Text;

/** A version of a committee's work rules or procedure rules: the text itself or a link to it. */
public record RulesDocument(RulesKind kind, String title, int version, LocalDate adoptedOn, String textOrLink)
        implements ValueObject {

    public RulesDocument {
        Objects.requireNonNull(kind, "kind");
        title = Text.required("title", title, 200);
        Objects.requireNonNull(adoptedOn, "adoptedOn");
        textOrLink = Text.optional("textOrLink", textOrLink, 20_000);
        if (version < 1) {
            throw new IllegalArgumentException("rules versions count from 1");
        }
    }
}
