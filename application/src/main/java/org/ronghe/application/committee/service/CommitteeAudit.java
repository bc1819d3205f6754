package org.ronghe.application.committee.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.application.audit.service.AuditDescriptions.Changes;
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
public final class CommitteeAudit {

    private CommitteeAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(CommitteePlanned.class, "committee", CommitteePlanned::committee, e -> new Changes()
                        .set("tier", e.tier().name()).set("name", e.name().zh()).set("nameEn", e.name().en())
                        .set("field", e.field() == null ? null : e.field().name()).set("areaId", e.area())
                        .set("parentId", e.parent()).set("plannedOn", e.plannedOn()).list())
                .on(CommitteeEstablished.class, "committee", CommitteeEstablished::committee, e -> List.of(
                        new FieldChange("status", "PLANNED", "ESTABLISHED"),
                        new FieldChange("establishedOn", null, e.establishedOn().toString())))
                .on(ChairAppointed.class, "committee", ChairAppointed::committee, e -> List.of(new FieldChange("chair",
                        e.oldChair() == null ? null : e.oldChair().name() + " (" + e.oldChair().position() + ")",
                        e.newChair().name() + " (" + e.newChair().position() + ")")))
                .on(MemberJoined.class, "committee", MemberJoined::committee, e -> List.of(
                        new FieldChange("member " + e.organization(), null, e.role() + " since " + e.since())))
                .on(MemberRoleChanged.class, "committee", MemberRoleChanged::committee, e -> List.of(
                        new FieldChange("member " + e.organization(), e.oldRole().name(), e.newRole() + " since " + e.on())))
                .on(MemberLeft.class, "committee", MemberLeft::committee, e -> List.of(
                        new FieldChange("member " + e.organization(), e.role().name(), "left on " + e.until())))
                .on(RulesAdopted.class, "committee", RulesAdopted::committee, e -> List.of(new FieldChange(
                        e.kind().name(), null, "v" + e.version() + " " + e.title() + " adopted on " + e.adoptedOn())))
                .on(CommitteeDissolved.class, "committee", CommitteeDissolved::committee, e -> List.of(
                        new FieldChange("status", null, "DISSOLVED"),
                        new FieldChange("dissolvedOn", null, e.dissolvedOn().toString())));
    }
}
