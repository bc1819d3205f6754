package org.ronghe.application.targetsystem.port.in;

import org.ronghe.application.shared.port.Caller;

/** Add an indicator to a target system (ADMIN). */
public interface AddIndicatorUseCase {

    IndicatorView add(Caller caller, AddIndicatorCommand command);
}
