package org.ronghe.domain.meeting;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Text;

/** A decision taken on an agenda item; follow-up tasks are born from it. */
public record Resolution(int number, int agendaItem, String text) implements ValueObject {

    public Resolution {
        text = Text.required("text", text, 2_000);
    }
}
