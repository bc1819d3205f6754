package org.ronghe.application.cases.port.in;

import java.time.Instant;
import java.util.List;

import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.shared.Violations;

/**
 * A signal from a source, as it reports it.
 *
 * @param sourceEventId the source's own id for the event (over HTTP, the {@code Idempotency-Key})
 * @param reportedAt    when the source saw it, or null
 */
public record ReceiveSignalCommand(SignalSource source, String sourceEventId, String category, GeoPoint location,
        String address, String description, List<String> photos, Instant reportedAt) {

    public ReceiveSignalCommand {
        var violations = new Violations();
        if (source == null) {
            violations.add("source", "is required (SIGN_PLATFORM, HOTLINE_12345 or PATROL)");
        }
        if (sourceEventId == null || sourceEventId.isBlank()) {
            violations.add("sourceEventId", "is required");
        }
        if (category == null || category.isBlank()) {
            violations.add("category", "is required");
        }
        if (location == null) {
            violations.add("location", "is required");
        }
        if (description == null || description.isBlank()) {
            violations.add("description", "is required");
        }
        violations.throwIfAny();
        photos = List.copyOf(photos == null ? List.of() : photos);
    }
}
