package org.ronghe.application.area.port.in;

import org.ronghe.application.shared.port.Caller;

/** Define an area (ADMIN only). Its towns must be registered town party committees. */
public interface DefineAreaUseCase {

    AreaView define(Caller caller, DefineAreaCommand command);
}
