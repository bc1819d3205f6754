package org.ronghe.application.committee.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.Seat;
import org.ronghe.application.committee.port.in.StructureBranchView;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;

public record CommitteeQueryService(Committees committees, Areas areas, Organizations organizations, Clock clock)
        implements CommitteeQueries {

    private LocalDate dayOf(LocalDate asOf) {
        return asOf != null ? asOf : clock.today();
    }

    @Override
    public CommitteeView committee(CommitteeId id, LocalDate asOf) {
        return committees.findById(id).map(c -> CommitteeView.of(c, dayOf(asOf),
                        CommitteeNames.of(java.util.List.of(c), organizations)))
                .orElseThrow(() -> new AggregateNotFoundException("committee", id));
    }

    @Override
    public Page<CommitteeView> committees(CommitteeCriteria criteria, LocalDate asOf, PageRequest page) {
        LocalDate day = dayOf(asOf);
        var found = committees.find(criteria, page);
        var names = CommitteeNames.of(found.items(), organizations);
        return found.map(c -> CommitteeView.of(c, day, names));
    }

    @Override
    public List<Seat> seatsOf(OrganizationId organization, LocalDate asOf) {
        if (organizations.findById(organization).isEmpty()) {
            throw new AggregateNotFoundException("organization", organization);
        }
        LocalDate day = dayOf(asOf);
        return committees.findBySeat(organization).stream()
                .flatMap(c -> c.membersOn(day).stream().filter(m -> m.organization().equals(organization))
                        .map(m -> new Seat(c.getId(), c.name().zh(), c.tier(), m.role(), m.since(), m.until())))
                .sorted(Comparator.comparing(Seat::tier).thenComparing(Seat::committeeName))
                .toList();
    }

    @Override
    public StructureView structure(LocalDate asOf) {
        return new StructureQueryService(committees, areas, organizations, clock).structure(asOf);
    }

    @Override
    public StructureBranchView structureBranch(CommitteeId committee, LocalDate asOf, PageRequest children) {
        return new StructureQueryService(committees, areas, organizations, clock).branch(committee, asOf, children);
    }
}
