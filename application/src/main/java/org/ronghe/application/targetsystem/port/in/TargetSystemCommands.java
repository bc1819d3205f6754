package org.ronghe.application.targetsystem.port.in;

import org.ronghe.application.shared.port.Caller;

/**
 * Every write to target systems: ADMINs define a system and add its indicators; the organization
 * responsible for an indicator (or an ADMIN) reports its readings.
 */
public interface TargetSystemCommands {

    TargetSystemView define(Caller caller, DefineTargetSystemCommand command);

    /** @return the indicator the change added or read, as of today */
    IndicatorView change(Caller caller, TargetSystemChange change);
}
