package org.ronghe.adapter.persistence.memory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeParentException;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesDocument;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;

final class MemoryCommittees implements Committees {

    /** Everything a committee is, frozen: lists are copied in and out. */
    private record Row(CommitteeId id, CommitteeTier tier, BilingualName name, ProfessionalField field, AreaId area,
            CommitteeId parent, LocalDate plannedOn, LocalDate establishedOn, LocalDate dissolvedOn, Chair chair,
            List<Membership> memberships, List<RulesDocument> rules) {

        static Row of(FusionCommittee c) {
            return new Row(c.getId(), c.tier(), c.name(), c.field(), c.area(), c.parent(), c.plannedOn(),
                    c.establishedOn(), c.dissolvedOn(), c.chair(), List.copyOf(c.memberships()), List.copyOf(c.rules()));
        }
    }

    static final Comparator<FusionCommittee> LISTING_ORDER = Comparator.comparing(FusionCommittee::tier)
            .thenComparing(FusionCommittee::plannedOn).thenComparing(c -> c.getId().toString());

    private final VersionedRows<CommitteeId, Row> rows;
    private final MemoryTransactions transactions;

    MemoryCommittees(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "committee");
        this.transactions = transactions;
    }

    private static FusionCommittee toCommittee(VersionedRows.Versioned<Row> v) {
        Row r = v.row();
        return FusionCommittee.restore(new FusionCommittee.State(r.id(), r.tier(), r.name(), r.field(), r.area(),
                r.parent(), r.plannedOn(), r.establishedOn(), r.dissolvedOn(), r.chair(), r.memberships(), r.rules(),
                v.version()));
    }

    @Override
    public Optional<FusionCommittee> findById(CommitteeId id) {
        return rows.get(id).map(MemoryCommittees::toCommittee);
    }

    @Override
    public void add(FusionCommittee committee) {
        transactions.atomically(() -> {
            requireStandingFree(committee);
            if (committee.parent() != null && rows.get(committee.parent()).map(v -> v.row().dissolvedOn() != null)
                    .orElse(false)) {
                throw new CommitteeParentException("the committee " + committee.parent() + " it would hang under was "
                        + "dissolved meanwhile");
            }
            rows.insert(committee.getId(), Row.of(committee));
            return null;
        });
        committee.markStored(1);
    }

    @Override
    public void update(FusionCommittee committee) {
        long version = transactions.atomically(() -> {
            requireStandingFree(committee);
            return rows.update(committee.getId(), committee.version(), Row.of(committee));
        });
        committee.markStored(version);
    }

    /** The store holds rules 1 and 2 itself, as a database's unique key would. */
    private void requireStandingFree(FusionCommittee committee) {
        var standsFor = committee.standsFor();
        if (standsFor.isPresent() && stored().anyMatch(other -> !other.getId().equals(committee.getId())
                && other.standsFor().equals(standsFor))) {
            throw committee.standingTaken();
        }
    }

    @Override
    public Page<FusionCommittee> find(CommitteeCriteria criteria, PageRequest page) {
        return MemoryPages.of(stored().filter(criteria::matches).sorted(LISTING_ORDER).toList(), page);
    }

    @Override
    public long countLiveChildren(CommitteeId parent) {
        // memory transactions run one at a time: nothing is planned under it before this one ends
        return stored().filter(c -> parent.equals(c.parent()) && c.dissolvedOn() == null).count();
    }

    @Override
    public List<FusionCommittee> findBySeat(OrganizationId organization) {
        return stored().filter(c -> c.memberships().stream().anyMatch(m -> m.organization().equals(organization)))
                .sorted(LISTING_ORDER).toList();
    }

    @Override
    public Optional<CommitteeId> promotionCommittee() {
        return stored().filter(c -> c.standsFor().equals(Optional.of("PROMOTION"))).map(FusionCommittee::getId)
                .findFirst();
    }

    @Override
    public boolean coversField(ProfessionalField field) {
        return stored().anyMatch(c -> c.standsFor().equals(Optional.of("FIELD:" + field)));
    }

    @Override
    public boolean coversArea(AreaId area) {
        return stored().anyMatch(c -> c.standsFor().equals(Optional.of("AREA:" + area)));
    }

    private java.util.stream.Stream<FusionCommittee> stored() {
        return rows.all().map(MemoryCommittees::toCommittee);
    }
}
