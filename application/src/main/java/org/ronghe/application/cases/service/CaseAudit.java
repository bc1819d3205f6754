package org.ronghe.application.cases.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.cases.CaseEvent;
import org.ronghe.domain.cases.CasePolicyAdopted;
import org.ronghe.domain.cases.CasePolicyRevised;
import org.ronghe.domain.cases.ShortBoardProblemRaised;

/** What each case event changed, for the audit trail: one entry per step, naming its status and what it carried. */
public final class CaseAudit {

    private CaseAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(CasePolicyAdopted.class, "case policy", CasePolicyAdopted::policy, e -> List.of(
                        new FieldChange("categories", null, String.join(",", e.categories()))))
                .on(CasePolicyRevised.class, "case policy", CasePolicyRevised::policy, e -> List.of(
                        new FieldChange("added", null, String.join(",", e.added())),
                        new FieldChange("changed", null, String.join(",", e.changed())),
                        new FieldChange("removed", null, String.join(",", e.removed()))))
                .on(CaseEvent.Received.class, "case", CaseEvent.Received::caseId, e -> changes()
                        .set("status", "RECEIVED").set("source", e.source()).set("sourceEventId", e.sourceEventId())
                        .set("category", e.category()).set("townId", e.town()).set("gridCode", e.gridCode()).list())
                .on(CaseEvent.DuplicateJoined.class, "case", CaseEvent.DuplicateJoined::caseId, e -> changes()
                        .set("duplicateOf", e.source() + " " + e.sourceEventId())
                        .set("duplicates", e.duplicates()).list())
                .on(CaseEvent.Filed.class, "case", CaseEvent.Filed::caseId, e -> changes()
                        .set("status", "FILED").set("townId", e.town()).list())
                .on(CaseEvent.Invalidated.class, "case", CaseEvent.Invalidated::caseId, e -> changes()
                        .set("status", "INVALID").set("reason", e.reason()).list())
                .on(CaseEvent.Dispatched.class, "case", CaseEvent.Dispatched::caseId, e -> changes()
                        .set("status", "DISPATCHED").set("departmentId", e.department())
                        .set("signForBy", e.signForBy()).list())
                .on(CaseEvent.SignedFor.class, "case", CaseEvent.SignedFor::caseId, e -> changes()
                        .set("status", "SIGNED_FOR").set("handlerId", e.handler()).set("late", e.late())
                        .set("respondBy", e.respondBy()).list())
                .on(CaseEvent.Returned.class, "case", CaseEvent.Returned::caseId, e -> changes()
                        .set("status", "RETURNED").set("reason", e.reason()).list())
                .on(CaseEvent.HandlingStarted.class, "case", CaseEvent.HandlingStarted::caseId, e -> changes()
                        .set("status", "HANDLING").list())
                .on(CaseEvent.Responded.class, "case", CaseEvent.Responded::caseId, e -> changes()
                        .set("status", "RESPONDED").set("late", e.late()).list())
                .on(CaseEvent.Verified.class, "case", CaseEvent.Verified::caseId, e -> changes()
                        .set("status", "VERIFIED").set("verifierId", e.verifier()).list())
                .on(CaseEvent.VerificationFailed.class, "case", CaseEvent.VerificationFailed::caseId, e -> changes()
                        .set("status", "VERIFY_FAILED").set("verifierId", e.verifier()).set("finding", e.finding())
                        .list())
                .on(CaseEvent.Closed.class, "case", CaseEvent.Closed::caseId, e -> changes()
                        .set("status", "CLOSED").set("onTime", e.onTime()).list())
                .on(CaseEvent.Suspended.class, "case", CaseEvent.Suspended::caseId, e -> changes()
                        .set("status", "SUSPENDED").set("reason", e.reason()).list())
                .on(CaseEvent.Resumed.class, "case", CaseEvent.Resumed::caseId, e -> changes()
                        .set("suspended", "false").set("dueAt", e.deadline()).list())
                .on(CaseEvent.Escalated.class, "case", CaseEvent.Escalated::caseId, e -> changes()
                        .set("level", e.to()).set("gridCode", e.gridCode()).list())
                .on(ShortBoardProblemRaised.class, "short-board problem", ShortBoardProblemRaised::problem,
                        e -> changes().set("category", e.category()).set("gridCode", e.villageGridCode())
                                .set("cases", e.cases()).set("committeeId", e.committee()).list());
    }

    private static AuditDescriptions.Changes changes() {
        return new AuditDescriptions.Changes();
    }
}
