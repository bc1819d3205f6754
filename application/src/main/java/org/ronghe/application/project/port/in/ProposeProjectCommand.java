package org.ronghe.application.project.port.in;

import java.util.List;
import java.util.Set;

import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Violations;

/** Propose a domain project with its draft agreement. */
public record ProposeProjectCommand(DomainCode domain, BilingualName title, OrganizationId flagBearerId,
        List<CoOrganization> coOrganizations, Mechanism mechanism, Set<AreaId> areas, Set<CommitteeId> committees,
        List<Commitment> commitments) {

    public ProposeProjectCommand {
        var violations = new Violations();
        if (domain == null) {
            violations.add("domain", "is required");
        }
        if (title == null) {
            violations.add("title", "is required");
        }
        if (flagBearerId == null) {
            violations.add("flagBearerId", "is required");
        }
        if (mechanism == null) {
            violations.add("mechanism", "is required");
        }
        violations.throwIfAny();
        coOrganizations = coOrganizations == null ? List.of() : List.copyOf(coOrganizations);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        committees = committees == null ? Set.of() : Set.copyOf(committees);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
