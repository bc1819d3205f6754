package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ronghe.application.area.port.out.Areas;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.DuplicateAreaNameException;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;

final class MemoryAreas implements Areas {

    private record Row(AreaId id, AreaLayout layout, BilingualName name, Set<OrganizationId> towns) {
    }

    private final VersionedRows<AreaId, Row> rows;
    private final MemoryTransactions transactions;

    MemoryAreas(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "area");
        this.transactions = transactions;
    }

    @Override
    public Optional<Area> findById(AreaId id) {
        return rows.get(id).map(MemoryAreas::toArea);
    }

    @Override
    public void add(Area area) {
        transactions.atomically(() -> {
            // as the database's unique key on the name key
            if (isNameTaken(Area.keyOf(area.name()))) {
                throw new DuplicateAreaNameException(area.name().zh());
            }
            rows.insert(area.getId(), new Row(area.getId(), area.layout(), area.name(), area.towns()));
            return null;
        });
        area.markStored(1);
    }

    @Override
    public boolean isNameTaken(String nameKey) {
        return rows.all().anyMatch(v -> Area.keyOf(v.row().name()).equals(nameKey));
    }

    @Override
    public List<Area> findAll() {
        return rows.all().map(MemoryAreas::toArea)
                .sorted(Comparator.comparing(Area::layout).thenComparing(a -> a.name().zh())).toList();
    }

    private static Area toArea(VersionedRows.Versioned<Row> v) {
        return Area.restore(new Area.State(v.row().id(), v.row().layout(), v.row().name(), v.row().towns(),
                v.version()));
    }
}
