package org.ronghe.domain.cases;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** What happened to a case, one past-tense event per step of its loop. */
public sealed interface CaseEvent extends DomainEvent {

    CaseId caseId();

    Instant occurredAt();

    /** A signal became a case, routed by its point (town and micro grid null outside every grid). */
    record Received(CaseId caseId, SignalSource source, String sourceEventId, String category, OrganizationId town,
            String gridCode, Instant occurredAt) implements CaseEvent {
    }

    /** A repeat of the case's problem joined it instead of opening another. */
    record DuplicateJoined(CaseId caseId, SignalSource source, String sourceEventId, int duplicates,
            Instant occurredAt) implements CaseEvent {
    }

    record Filed(CaseId caseId, OrganizationId town, Instant occurredAt) implements CaseEvent {
    }

    record Invalidated(CaseId caseId, String reason, Instant occurredAt) implements CaseEvent {
    }

    record Dispatched(CaseId caseId, OrganizationId department, Instant signForBy, Instant occurredAt)
            implements CaseEvent {
    }

    record SignedFor(CaseId caseId, OrganizationId handler, boolean late, Instant respondBy, Instant occurredAt)
            implements CaseEvent {
    }

    record Returned(CaseId caseId, OrganizationId department, String reason, Instant occurredAt)
            implements CaseEvent {
    }

    record HandlingStarted(CaseId caseId, Instant occurredAt) implements CaseEvent {
    }

    record Responded(CaseId caseId, boolean late, Instant occurredAt) implements CaseEvent {
    }

    record Verified(CaseId caseId, OrganizationId verifier, Instant occurredAt) implements CaseEvent {
    }

    record VerificationFailed(CaseId caseId, OrganizationId verifier, String finding, Instant occurredAt)
            implements CaseEvent {
    }

    record Closed(CaseId caseId, boolean onTime, Instant occurredAt) implements CaseEvent {
    }

    record Suspended(CaseId caseId, String reason, Instant occurredAt) implements CaseEvent {
    }

    record Resumed(CaseId caseId, Instant deadline, Instant occurredAt) implements CaseEvent {
    }

    /** A time limit passed without the next step: the case is answered for one level up. */
    record Escalated(CaseId caseId, CaseLevel to, String gridCode, Instant occurredAt) implements CaseEvent {
    }
}
