package org.ronghe.application.targetsystem.port.out;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.targetsystem.TargetSystem;
import org.ronghe.domain.targetsystem.TargetSystemId;

/** All target systems, each whole with its indicators and readings. Implementations must pass the adapter contract kit. */
public interface TargetSystems extends AggregateRepository<TargetSystem, TargetSystemId> {

    /**
     * Stores the changed system if its stored version is still the one it was read at, then advances the version.
     *
     * @throws org.ronghe.domain.shared.StaleVersionException if the stored version moved on
     */

    /** Every system, the latest plan period first, then by title and id. */
    Page<TargetSystem> find(PageRequest page);
}
