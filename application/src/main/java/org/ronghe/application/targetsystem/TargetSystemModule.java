package org.ronghe.application.targetsystem;

import org.ronghe.application.shared.service.Platform;
import org.ronghe.application.targetsystem.port.in.TargetSystemCommands;
import org.ronghe.application.targetsystem.port.in.TargetSystemQueries;
import org.ronghe.application.targetsystem.port.out.TargetSystems;
import org.ronghe.application.targetsystem.service.TargetSystemAudit;
import org.ronghe.application.targetsystem.service.TargetSystemService;
import org.ronghe.domain.targetsystem.TargetSystem;

/** The shared target system of a plan period: indicators, readings, and attainment computed on the day asked. */
public record TargetSystemModule(TargetSystemCommands commands, TargetSystemQueries queries) {

    public static TargetSystemModule on(TargetSystems systems, TargetSystemService.References references,
            Platform platform) {
        var writes = platform.writes("target system", systems, TargetSystem::version,
                TargetSystemAudit.descriptions());
        var service = new TargetSystemService(systems, references, writes, platform.transactions(), platform.clock(),
                new org.ronghe.application.targetsystem.service.ActiveGridCounts(references.grids(),
                        platform.transactions()));
        return new TargetSystemModule(service, service);
    }
}
