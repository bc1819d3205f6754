package org.ronghe.application.committee.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;

/**
 * The leading structure as of a day: the promotion committee at the root, the professional and area
 * committees under it, each with its members and their roles; and counts by tier and status.
 *
 * @param roots the promotion committee (and any committee whose parent was not planned yet that day)
 */
public record StructureView(LocalDate asOf, List<Node> roots, Map<CommitteeTier, Map<CommitteeStatus, Long>> counts) {

    public record Node(CommitteeId id, CommitteeTier tier, String name, String nameEn, ProfessionalField field,
            String areaName, CommitteeStatus status, Chair chair, List<Member> members, List<Node> children) {
    }

    public record Member(OrganizationId id, String name, OrganizationKind kind, MembershipRole role) {
    }
}
