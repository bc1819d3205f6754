package violations.reach.application.thing.service;

/** A context's service: internal to the application. */
public record ThingService(String name) {
}
