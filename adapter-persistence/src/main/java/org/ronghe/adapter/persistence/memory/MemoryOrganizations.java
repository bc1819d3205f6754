package org.ronghe.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.DuplicateSiblingNameException;
import org.ronghe.domain.organization.SecondDistrictPartyCommitteeException;
import org.ronghe.domain.organization.Jurisdiction;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;

final class MemoryOrganizations implements Organizations {

    /** An immutable copy of what is stored, so callers never share state with the store. */
    /** An immutable copy of what is stored, so callers never share state with the store. */
    private record Row(OrganizationId id, OrganizationKind kind, String nameZh, String nameEn, String nameKey,
            OrganizationId parentId, String jurisdiction, OrganizationStatus status, Instant registeredAt,
            Instant retiredAt) {

        static Row of(Organization o) {
            return new Row(o.getId(), o.kind(), o.name().zh(), o.name().en(), o.name().key(), o.parentId(),
                    o.jurisdiction() == null ? null : o.jurisdiction().name(), o.status(), o.registeredAt(),
                    o.retiredAt());
        }
    }

    private static Organization toOrganization(VersionedRows.Versioned<Row> v) {
        Row r = v.row();
        return Organization.restore(new Organization.State(r.id(), r.kind(),
                OrganizationName.of(r.nameZh(), r.nameEn()), r.parentId(),
                r.jurisdiction() == null ? null : new Jurisdiction(r.jurisdiction()), r.status(), r.registeredAt(),
                r.retiredAt(), v.version()));
    }

    private static final Comparator<Row> REGISTRATION_ORDER = Comparator.comparing(Row::registeredAt)
            .thenComparing(row -> row.id().toString());

    private final VersionedRows<OrganizationId, Row> rows;
    private final MemoryTransactions transactions;

    MemoryOrganizations(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "organization");
        this.transactions = transactions;
    }

    private Stream<Row> stored() {
        return rows.all().map(VersionedRows.Versioned::row);
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return rows.get(id).map(MemoryOrganizations::toOrganization);
    }

    @Override
    public List<Organization> findAllById(java.util.Collection<OrganizationId> ids) {
        return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
    }

    @Override
    public Map<OrganizationId, String> namesOf(java.util.Collection<OrganizationId> ids) {
        return findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Organization::getId, o -> o.name().zh()));
    }

    @Override
    public List<Organization> all() {
        return rows.all().map(MemoryOrganizations::toOrganization).toList();
    }

    @Override
    public void add(Organization organization) {
        Row row = Row.of(organization);
        transactions.atomically(() -> {
            requireUniqueName(row);
            requireOneLiveDistrictCommittee(row);
            rows.insert(row.id(), row);
            return null;
        });
        organization.markStored(1);
    }

    @Override
    public void update(Organization organization) {
        Row row = Row.of(organization);
        long version = transactions.atomically(() -> {
            requireUniqueName(row);
            requireOneLiveDistrictCommittee(row);
            return rows.update(row.id(), organization.version(), row);
        });
        organization.markStored(version);
    }

    /** As the database's unique key on the live district party committee. */
    private void requireOneLiveDistrictCommittee(Row row) {
        if (isLiveDistrictCommittee(row)) {
            stored().filter(other -> !other.id().equals(row.id()) && isLiveDistrictCommittee(other)).findFirst()
                    .ifPresent(other -> {
                        throw new SecondDistrictPartyCommitteeException(other.id());
                    });
        }
    }

    private static boolean isLiveDistrictCommittee(Row row) {
        return row.kind() == OrganizationKind.DISTRICT_PARTY_COMMITTEE && row.status() == OrganizationStatus.ACTIVE;
    }

    @Override
    public Optional<Organization> liveDistrictPartyCommittee() {
        return rows.all().filter(v -> isLiveDistrictCommittee(v.row())).findFirst()
                .map(MemoryOrganizations::toOrganization);
    }

    /** The store holds sibling-name uniqueness itself, as a database's unique key would. */
    private void requireUniqueName(Row row) {
        boolean taken = stored().anyMatch(other -> !other.id().equals(row.id())
                && Objects.equals(other.parentId(), row.parentId()) && other.nameKey().equals(row.nameKey()));
        if (taken) {
            throw new DuplicateSiblingNameException(row.nameZh());
        }
    }

    @Override
    public boolean isNameTaken(OrganizationId parentId, String nameKey, OrganizationId excluding) {
        return stored().anyMatch(row -> !row.id().equals(excluding) && Objects.equals(row.parentId(), parentId)
                && row.nameKey().equals(nameKey));
    }

    @Override
    public long countActiveChildren(OrganizationId id) {
        return stored().filter(row -> id.equals(row.parentId()) && row.status() == OrganizationStatus.ACTIVE).count();
    }

    @Override
    public Page<Organization> find(OrganizationCriteria criteria, PageRequest page) {
        var all = rows.all().toList();
        List<Organization> matching = all.stream().sorted(Comparator.comparing(VersionedRows.Versioned::row,
                REGISTRATION_ORDER)).map(MemoryOrganizations::toOrganization).filter(criteria::matches).toList();
        return MemoryPages.of(matching, page);
    }
}
