package org.ronghe.application.committee.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;

/** Builds the whole leading structure on a day, for {@link CommitteeQueryService}. */
final class StructureQueryService {

    private final Committees committees;
    private final Areas areas;
    private final Organizations organizations;
    private final Clock clock;

    StructureQueryService(Committees committees, Areas areas, Organizations organizations, Clock clock) {
        this.committees = committees;
        this.areas = areas;
        this.organizations = organizations;
        this.clock = clock;
    }

    StructureView structure(LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : clock.today();
        List<FusionCommittee> all = Page.every(page -> committees.find(CommitteeCriteria.all(), page));
        List<FusionCommittee> planned = all.stream().filter(c -> c.statusOn(day) != null).toList();
        Map<CommitteeTier, Map<CommitteeStatus, Long>> counts = new EnumMap<>(CommitteeTier.class);
        for (CommitteeTier tier : CommitteeTier.values()) {
            Map<CommitteeStatus, Long> byStatus = new EnumMap<>(CommitteeStatus.class);
            for (CommitteeStatus status : CommitteeStatus.values()) {
                byStatus.put(status, planned.stream().filter(c -> c.tier() == tier && c.statusOn(day) == status).count());
            }
            counts.put(tier, byStatus);
        }
        Map<Object, String> areaNames = new HashMap<>();
        areas.findAll().forEach(area -> areaNames.put(area.getId(), area.name().zh()));
        // Every organization in one read: the tree names nearly all of them, and one by one cost a query
        // per seat, by id lists a parse of the whole list on H2 (BENCHMARKS.md).
        Map<OrganizationId, Organization> members = new HashMap<>();
        organizations.all().forEach(o -> members.put(o.getId(), o));
        java.util.Set<CommitteeId> plannedIds = planned.stream().map(FusionCommittee::getId)
                .collect(java.util.stream.Collectors.toSet());
        Map<CommitteeId, List<FusionCommittee>> children = new HashMap<>();
        List<FusionCommittee> roots = new ArrayList<>();
        for (FusionCommittee committee : planned) {
            boolean parentPlanned = committee.parent() != null && plannedIds.contains(committee.parent());
            if (parentPlanned) {
                children.computeIfAbsent(committee.parent(), id -> new ArrayList<>()).add(committee);
            } else {
                roots.add(committee);
            }
        }
        return new StructureView(day, roots.stream().map(c -> node(c, day, children, areaNames, members)).toList(),
                counts);
    }

    private StructureView.Node node(FusionCommittee c, LocalDate day, Map<CommitteeId, List<FusionCommittee>> children,
            Map<Object, String> areaNames, Map<OrganizationId, Organization> cache) {
        var members = c.membersOn(day).stream().map(m -> {
            Organization organization = cache.computeIfAbsent(m.organization(),
                    id -> organizations.findById(id).orElse(null));
            return new StructureView.Member(m.organization(), organization == null ? m.organization().toString()
                    : organization.name().zh(), organization == null ? null : organization.kind(), m.role());
        }).sorted((a, b) -> a.role() != b.role() ? a.role().compareTo(b.role()) : a.name().compareTo(b.name())).toList();
        return new StructureView.Node(c.getId(), c.tier(), c.name().zh(), c.name().en(), c.field(),
                c.area() == null ? null : areaNames.get(c.area()), c.statusOn(day), c.chair(), members,
                children.getOrDefault(c.getId(), List.of()).stream()
                        .map(child -> node(child, day, children, areaNames, cache)).toList());
    }
}
