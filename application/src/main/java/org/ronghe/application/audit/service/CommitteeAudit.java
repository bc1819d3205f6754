package org.ronghe.application.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.ChairAppointed;
import org.ronghe.domain.committee.CommitteeDissolved;
import org.ronghe.domain.committee.CommitteeEstablished;
import org.ronghe.domain.committee.CommitteePlanned;
import org.ronghe.domain.committee.MemberJoined;
import org.ronghe.domain.committee.MemberLeft;
import org.ronghe.domain.committee.MemberRoleChanged;
import org.ronghe.domain.committee.RulesAdopted;

/** What each committee event changed, for the audit trail. */
final class CommitteeAudit {

    record Described(String committee, List<FieldChange> changes) {
    }

    private CommitteeAudit() {
    }

    static Optional<Described> describe(DomainEvent event) {
        if (event instanceof CommitteePlanned e) {
            var changes = new ArrayList<FieldChange>();
            changes.add(new FieldChange("tier", null, e.tier().name()));
            changes.add(new FieldChange("name", null, e.name().zh()));
            add(changes, "nameEn", e.name().en());
            add(changes, "field", e.field() == null ? null : e.field().name());
            add(changes, "areaId", text(e.area()));
            add(changes, "parentId", text(e.parent()));
            changes.add(new FieldChange("plannedOn", null, e.plannedOn().toString()));
            return Optional.of(new Described(e.committee().toString(), changes));
        }
        if (event instanceof CommitteeEstablished e) {
            return one(e.committee(), new FieldChange("status", "PLANNED", "ESTABLISHED"),
                    new FieldChange("establishedOn", null, e.establishedOn().toString()));
        }
        if (event instanceof ChairAppointed e) {
            return one(e.committee(), new FieldChange("chair", e.oldChair() == null ? null
                    : e.oldChair().name() + " (" + e.oldChair().position() + ")",
                    e.newChair().name() + " (" + e.newChair().position() + ")"));
        }
        if (event instanceof MemberJoined e) {
            return one(e.committee(), new FieldChange("member " + e.organization(), null,
                    e.role() + " since " + e.since()));
        }
        if (event instanceof MemberRoleChanged e) {
            return one(e.committee(), new FieldChange("member " + e.organization(), e.oldRole().name(),
                    e.newRole() + " since " + e.on()));
        }
        if (event instanceof MemberLeft e) {
            return one(e.committee(), new FieldChange("member " + e.organization(), e.role().name(),
                    "left on " + e.until()));
        }
        if (event instanceof RulesAdopted e) {
            return one(e.committee(), new FieldChange(e.kind().name(), null,
                    "v" + e.version() + " " + e.title() + " adopted on " + e.adoptedOn()));
        }
        if (event instanceof CommitteeDissolved e) {
            return one(e.committee(), new FieldChange("status", null, "DISSOLVED"),
                    new FieldChange("dissolvedOn", null, e.dissolvedOn().toString()));
        }
        return Optional.empty();
    }

    private static Optional<Described> one(Object committee, FieldChange... changes) {
        return Optional.of(new Described(committee.toString(), List.of(changes)));
    }

    private static void add(List<FieldChange> changes, String field, String value) {
        if (value != null) {
            changes.add(new FieldChange(field, null, value));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
