package org.ronghe.application.targetsystem.port.in;

import org.ronghe.application.shared.port.Caller;

/** Define a target system (ADMIN). */
public interface DefineTargetSystemUseCase {

    TargetSystemView define(Caller caller, DefineTargetSystemCommand command);
}
