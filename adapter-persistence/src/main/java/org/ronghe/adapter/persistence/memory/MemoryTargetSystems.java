package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.targetsystem.port.out.TargetSystems;
import org.ronghe.domain.targetsystem.TargetSystem;
import org.ronghe.domain.targetsystem.TargetSystemId;

final class MemoryTargetSystems extends MemoryAggregates<TargetSystem, TargetSystemId, TargetSystem.State>
        implements TargetSystems {

    static final Comparator<TargetSystem> LATEST_PERIOD_FIRST = Comparator
            .comparing((TargetSystem t) -> t.state().period().firstYear()).reversed()
            .thenComparing(t -> t.state().title()).thenComparing(t -> t.getId().toString());

    MemoryTargetSystems(MemoryTransactions transactions) {
        super(transactions, "target system", new Shape<>(TargetSystem::restore,
                TargetSystem::getId, TargetSystem::state, TargetSystem::version, TargetSystem::markStored));
    }

    @Override
    public Page<TargetSystem> find(PageRequest page) {
        return MemoryPages.of(stored().sorted(LATEST_PERIOD_FIRST).toList(), page);
    }
}
