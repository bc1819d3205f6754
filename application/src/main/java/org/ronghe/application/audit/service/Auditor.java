package org.ronghe.application.audit.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.domain.access.TokenIssued;
import org.ronghe.domain.area.AreaDefined;
import org.ronghe.domain.access.TokenRevoked;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.organization.OrganizationMoved;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationRegistered;
import org.ronghe.domain.organization.OrganizationRenamed;
import org.ronghe.domain.organization.OrganizationRetired;

/**
 * Appends the one audit entry of a successful write, from the event the write produced. Called
 * inside the write's transaction, so the entry commits or rolls back with it.
 */
public final class Auditor {

    private final AuditTrail trail;
    private final Clock clock;
    private final IdSource ids;

    public Auditor(AuditTrail trail, Clock clock, IdSource ids) {
        this.trail = trail;
        this.clock = clock;
        this.ids = ids;
    }

    public void record(Caller caller, DomainEvent event) {
        Described described = describe(event);
        trail.append(new AuditEntry(ids.next(), clock.now(),
                caller.actor().organization() == null ? null : caller.actor().organization().toString(),
                caller.token() == null ? null : caller.token().toString(), actorOf(caller),
                described.aggregateType(), described.aggregateId(), event.getClass().getSimpleName(),
                described.changes(), caller.requestId()));
    }

    /** A token's id, or what the system was doing when it acted without one (its purpose). */
    static String actorOf(Caller caller) {
        return caller.token() != null ? "token:" + caller.token() : "system:" + caller.requestId();
    }

    private record Described(String aggregateType, String aggregateId, List<FieldChange> changes) {
    }

    private static Described describe(DomainEvent event) {
        if (event instanceof OrganizationRegistered e) {
            var changes = new Changes();
            changes.set("kind", e.kind().name());
            changes.name(null, e.name());
            changes.set("parentId", text(e.parent()));
            changes.set("jurisdiction", e.jurisdiction() == null ? null : e.jurisdiction().name());
            changes.set("status", "ACTIVE");
            return new Described("organization", e.organization().toString(), changes.list);
        }
        if (event instanceof OrganizationRenamed e) {
            var changes = new Changes();
            changes.name(e.oldName(), e.newName());
            return new Described("organization", e.organization().toString(), changes.list);
        }
        if (event instanceof OrganizationMoved e) {
            return new Described("organization", e.organization().toString(),
                    List.of(new FieldChange("parentId", text(e.oldParent()), text(e.newParent()))));
        }
        if (event instanceof OrganizationRetired e) {
            return new Described("organization", e.organization().toString(),
                    List.of(new FieldChange("status", "ACTIVE", "RETIRED")));
        }
        if (event instanceof TokenIssued e) {
            var changes = new Changes();
            changes.set("organizationId", text(e.organization()));
            changes.set("role", e.role().name());
            changes.set("label", e.label());
            return new Described("token", e.token().toString(), changes.list);
        }
        if (event instanceof TokenRevoked e) {
            return new Described("token", e.token().toString(), List.of(new FieldChange("status", "ACTIVE", "REVOKED")));
        }
        if (event instanceof AreaDefined e) {
            var changes = new Changes();
            changes.set("layout", e.layout().name());
            changes.set("name", e.name().zh());
            changes.set("nameEn", e.name().en());
            changes.set("towns", e.towns().stream().map(Object::toString).sorted().toList().toString());
            return new Described("area", e.area().toString(), changes.list);
        }
        var meeting = MeetingAudit.describe(event);
        if (meeting.isPresent()) {
            return new Described(meeting.get().type(), meeting.get().id(), meeting.get().changes());
        }
        var targetSystem = TargetSystemAudit.describe(event);
        if (targetSystem.isPresent()) {
            return new Described("targetSystem", targetSystem.get().id(), targetSystem.get().changes());
        }
        var project = ProjectAudit.describe(event);
        if (project.isPresent()) {
            return new Described(project.get().type(), project.get().id(), project.get().changes());
        }
        return CommitteeAudit.describe(event).map(d -> new Described("committee", d.committee(), d.changes()))
                .orElseThrow(() -> new IllegalArgumentException("no audit description for " + event.getClass().getName()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Collects only the fields whose value differs. */
    private static final class Changes {

        private final List<FieldChange> list = new ArrayList<>();

        void set(String field, String newValue) {
            change(field, null, newValue);
        }

        void change(String field, String oldValue, String newValue) {
            if (!Objects.equals(oldValue, newValue)) {
                list.add(new FieldChange(field, oldValue, newValue));
            }
        }

        void name(OrganizationName before, OrganizationName after) {
            change("name", before == null ? null : before.zh(), after.zh());
            change("nameEn", before == null ? null : before.en(), after.en());
        }
    }
}
