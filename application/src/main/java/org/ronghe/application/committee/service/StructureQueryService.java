package org.ronghe.application.committee.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.committee.port.in.StructureBranchView;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;

/** Builds the leading structure on a day, whole or one committee's branch, for {@link CommitteeQueryService}. */
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
        Map<CommitteeTier, Map<CommitteeStatus, Long>> counts = counts(planned, day);
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

    StructureBranchView branch(CommitteeId id, LocalDate asOf, PageRequest page) {
        LocalDate day = asOf != null ? asOf : clock.today();
        FusionCommittee committee = committees.findById(id).filter(c -> c.statusOn(day) != null)
                .orElseThrow(() -> new AggregateNotFoundException("committee", id));
        List<StructureBranchView.Ancestor> above = new ArrayList<>();
        Set<CommitteeId> seen = new HashSet<>(Set.of(id));
        for (CommitteeId parent = committee.parent(); parent != null && seen.add(parent); ) {
            FusionCommittee up = committees.findById(parent).orElseThrow(
                    () -> new IllegalStateException("a committee hangs under one that is not stored"));
            above.add(0, new StructureBranchView.Ancestor(up.getId(), up.tier(), up.name().zh()));
            parent = up.parent();
        }
        List<FusionCommittee> children = plannedChildren(id, day);
        int from = (int) Math.min(page.offset(), children.size());
        List<FusionCommittee> shown = children.subList(from, Math.min(from + page.size(), children.size()));
        // the members of every committee shown, named in one read
        Map<OrganizationId, Organization> members = new HashMap<>();
        organizations.findAllById(Stream.concat(Stream.of(committee), shown.stream())
                .flatMap(c -> c.membersOn(day).stream()).map(m -> m.organization()).collect(Collectors.toSet()))
                .forEach(o -> members.put(o.getId(), o));
        Map<Object, String> areaNames = new HashMap<>();
        areas.findAll().forEach(area -> areaNames.put(area.getId(), area.name().zh()));
        List<StructureBranchView.Child> items = shown.stream().map(child -> new StructureBranchView.Child(
                node(child, day, Map.of(), areaNames, members), plannedChildren(child.getId(), day).size())).toList();
        List<FusionCommittee> branch = new ArrayList<>(children);
        branch.add(0, committee);
        return new StructureBranchView(day, above, node(committee, day, Map.of(), areaNames, members), children.size(),
                new Page<>(items, page.page(), page.size(), children.size()), counts(branch, day));
    }

    /** The committees by tier, then by status on the day. */
    private static Map<CommitteeTier, Map<CommitteeStatus, Long>> counts(List<FusionCommittee> planned, LocalDate day) {
        Map<CommitteeTier, Map<CommitteeStatus, Long>> counts = new EnumMap<>(CommitteeTier.class);
        for (CommitteeTier tier : CommitteeTier.values()) {
            Map<CommitteeStatus, Long> byStatus = new EnumMap<>(CommitteeStatus.class);
            for (CommitteeStatus status : CommitteeStatus.values()) {
                byStatus.put(status, planned.stream().filter(c -> c.tier() == tier && c.statusOn(day) == status).count());
            }
            counts.put(tier, byStatus);
        }
        return counts;
    }

    /** The committees planned by that day that hang directly under a committee, in the listings' order. */
    private List<FusionCommittee> plannedChildren(CommitteeId parent, LocalDate day) {
        return Page.every(p -> committees.find(CommitteeCriteria.childrenOf(parent), p)).stream()
                .filter(c -> c.statusOn(day) != null).toList();
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
