package org.ronghe.application.project.port.in;

import java.util.List;
import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
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
        CommandChecks.required(new Violations(), "domain", domain, "title", title, "flagBearerId", flagBearerId,
                "mechanism", mechanism).throwIfAny();
        coOrganizations = coOrganizations == null ? List.of() : List.copyOf(coOrganizations);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
        committees = committees == null ? Set.of() : Set.copyOf(committees);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }
}
