package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.organization.OrganizationId;

/**
 * One step of a case's history.
 *
 * @param by     the organization that took it, or null for the system (intake, escalation) and the district's admin
 * @param note   the reason, answer or finding the step carried
 * @param photos photos by reference (URLs), as the step brought them
 */
public record CaseStep(Instant at, CaseAction action, CaseStatus status, OrganizationId by, String note,
        List<String> photos) implements ValueObject {

    public CaseStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        photos = List.copyOf(photos == null ? List.of() : photos);
    }
}
