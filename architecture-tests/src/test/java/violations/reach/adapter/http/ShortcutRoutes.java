package violations.reach.adapter.http;

import violations.reach.application.thing.ThingModule;
import violations.reach.application.thing.service.ThingService;

/** A route group that goes round the context's entry to its service. */
public record ShortcutRoutes(ThingModule things, ThingService shortcut) {
}
