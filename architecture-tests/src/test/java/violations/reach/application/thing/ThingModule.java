package violations.reach.application.thing;

import violations.reach.application.thing.port.in.ThingCommands;

/** A context's module: adapters may take it. */
public record ThingModule(ThingCommands commands) {
}
