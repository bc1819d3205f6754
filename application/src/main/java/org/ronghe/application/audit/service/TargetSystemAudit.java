package org.ronghe.application.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.targetsystem.IndicatorAdded;
import org.ronghe.domain.targetsystem.ReadingReported;
import org.ronghe.domain.targetsystem.TargetSystemDefined;

/** What each target system event changed, for the audit trail. */
final class TargetSystemAudit {

    record Described(String id, List<FieldChange> changes) {
    }

    private TargetSystemAudit() {
    }

    static Optional<Described> describe(DomainEvent event) {
        if (event instanceof TargetSystemDefined e) {
            return Optional.of(new Described(e.system().toString(), List.of(new FieldChange("period", null,
                    e.period().firstYear() + "-" + e.period().lastYear()))));
        }
        if (event instanceof IndicatorAdded e) {
            return Optional.of(new Described(e.system().toString(), List.of(new FieldChange("indicator " + e.code(), null,
                    e.category().name() + (e.live() ? ", live" : "")))));
        }
        if (event instanceof ReadingReported e) {
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("indicator " + e.code() + " reading", null, String.valueOf(e.reading())));
            if (e.corrects() != null) {
                changes.add(new FieldChange("indicator " + e.code() + " reading " + e.corrects(), "current",
                        "superseded by " + e.reading()));
            }
            return Optional.of(new Described(e.system().toString(), changes));
        }
        return Optional.empty();
    }
}
