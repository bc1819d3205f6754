package org.ronghe.application.area.port.in;

import org.ronghe.application.shared.port.Caller;

/** Every write to areas: an area is defined (ADMIN only) and not changed after. */
public interface AreaCommands {

    /** Its towns must be registered town party committees. */
    AreaView define(Caller caller, DefineAreaCommand command);
}
