package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.targetsystem.port.out.TargetSystems;
import org.ronghe.domain.targetsystem.TargetSystem;
import org.ronghe.domain.targetsystem.TargetSystemId;

final class MemoryTargetSystems implements TargetSystems {

    static final Comparator<TargetSystem> LATEST_PERIOD_FIRST = Comparator
            .comparing((TargetSystem t) -> t.state().period().firstYear()).reversed()
            .thenComparing(t -> t.state().title()).thenComparing(t -> t.getId().toString());

    private final VersionedRows<TargetSystemId, TargetSystem.State> rows;

    MemoryTargetSystems(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "target system");
    }

    private static TargetSystem toSystem(VersionedRows.Versioned<TargetSystem.State> v) {
        var s = v.row();
        return TargetSystem.restore(new TargetSystem.State(s.id(), s.title(), s.period(), s.indicators(), v.version()));
    }

    @Override
    public Optional<TargetSystem> findById(TargetSystemId id) {
        return rows.get(id).map(MemoryTargetSystems::toSystem);
    }

    @Override
    public void add(TargetSystem system) {
        rows.insert(system.getId(), system.state());
        system.markStored(1);
    }

    @Override
    public void update(TargetSystem system) {
        system.markStored(rows.update(system.getId(), system.version(), system.state()));
    }

    @Override
    public Page<TargetSystem> find(PageRequest page) {
        return MemoryPages.of(rows.all().map(MemoryTargetSystems::toSystem).sorted(LATEST_PERIOD_FIRST).toList(), page);
    }
}
