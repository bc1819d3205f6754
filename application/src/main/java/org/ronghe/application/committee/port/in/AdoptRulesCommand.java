package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.shared.Violations;

/** Adopt a new version of the work rules or the procedure rules. */
public record AdoptRulesCommand(CommitteeId id, long expectedVersion, RulesKind kind, String title, LocalDate adoptedOn, String textOrLink) {

    public AdoptRulesCommand {
        var violations = new Violations();
        if (id == null) { violations.add("id", "is required"); }
        if (expectedVersion < 1) { violations.add("If-Match", "must name a stored version (1 or more)"); }
        if (kind == null) { violations.add("kind", "is required"); }
        if (title == null) { violations.add("title", "is required"); }
        if (adoptedOn == null) { violations.add("adoptedOn", "is required"); }
        violations.throwIfAny();
    }
}
