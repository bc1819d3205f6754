package org.ronghe.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.DuplicateSiblingNameException;
import org.ronghe.domain.organization.Jurisdiction;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.StaleVersionException;

final class MemoryOrganizations implements Organizations {

    /** An immutable copy of what is stored, so callers never share state with the store. */
    private record Row(OrganizationId id, OrganizationKind kind, String nameZh, String nameEn, String nameKey,
            OrganizationId parentId, String jurisdiction, OrganizationStatus status, Instant registeredAt,
            Instant retiredAt, long version) {

        static Row of(Organization o, long version) {
            return new Row(o.getId(), o.kind(), o.name().zh(), o.name().en(), o.name().key(), o.parentId(),
                    o.jurisdiction() == null ? null : o.jurisdiction().name(), o.status(), o.registeredAt(),
                    o.retiredAt(), version);
        }

        Organization toOrganization() {
            return Organization.restore(id, kind, OrganizationName.of(nameZh, nameEn), parentId,
                    jurisdiction == null ? null : new Jurisdiction(jurisdiction), status, registeredAt, retiredAt,
                    version);
        }
    }

    private static final Comparator<Row> REGISTRATION_ORDER = Comparator.comparing(Row::registeredAt)
            .thenComparing(row -> row.id().toString());

    private final Map<OrganizationId, Row> rows = new HashMap<>();
    private final MemoryTransactions transactions;

    MemoryOrganizations(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return transactions.read(() -> Optional.ofNullable(rows.get(id)).map(Row::toOrganization));
    }

    @Override
    public void add(Organization organization) {
        Row row = Row.of(organization, 1);
        transactions.atomically(() -> {
            if (rows.containsKey(row.id())) {
                throw new IllegalStateException("organization " + row.id() + " is stored already");
            }
            requireUniqueName(row);
            transactions.write(() -> rows.put(row.id(), row), () -> rows.remove(row.id()));
            return null;
        });
        organization.markStored(1);
    }

    @Override
    public void update(Organization organization) {
        long newVersion = organization.version() + 1;
        Row row = Row.of(organization, newVersion);
        transactions.atomically(() -> {
            Row current = rows.get(row.id());
            if (current == null || current.version() != organization.version()) {
                throw new StaleVersionException("organization", row.id(), organization.version(),
                        current == null ? null : current.version());
            }
            requireUniqueName(row);
            transactions.write(() -> rows.put(row.id(), row), () -> rows.put(row.id(), current));
            return null;
        });
        organization.markStored(newVersion);
    }

    private void requireUniqueName(Row row) {
        boolean taken = rows.values().stream().anyMatch(other -> !other.id().equals(row.id())
                && Objects.equals(other.parentId(), row.parentId()) && other.nameKey().equals(row.nameKey()));
        if (taken) {
            throw new DuplicateSiblingNameException(row.nameZh());
        }
    }

    @Override
    public boolean isNameTaken(OrganizationId parentId, String nameKey, OrganizationId excluding) {
        return transactions.read(() -> rows.values().stream().anyMatch(row -> !row.id().equals(excluding)
                && Objects.equals(row.parentId(), parentId) && row.nameKey().equals(nameKey)));
    }

    @Override
    public long countActiveChildren(OrganizationId id) {
        return transactions.read(() -> rows.values().stream()
                .filter(row -> id.equals(row.parentId()) && row.status() == OrganizationStatus.ACTIVE).count());
    }

    @Override
    public Page<Organization> find(OrganizationCriteria criteria, PageRequest page) {
        return transactions.read(() -> {
            List<Organization> matching = rows.values().stream().sorted(REGISTRATION_ORDER)
                    .map(Row::toOrganization).filter(criteria::matches).toList();
            return MemoryPages.of(matching, page);
        });
    }
}
