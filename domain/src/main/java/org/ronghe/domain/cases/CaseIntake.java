package org.ronghe.domain.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * What a signal said when it came in; it never changes afterwards.
 *
 * @param sourceEventId the source's own id for the event: the same id from the same source is the same signal
 * @param photos        http(s) URLs of photos kept elsewhere (no blobs here), at most nine
 * @param reportedAt    when the source saw it (its own clock), or null
 */
public record CaseIntake(SignalSource source, String sourceEventId, String category, GeoPoint location,
        String address, String description, List<String> photos, Instant reportedAt, Instant receivedAt)
        implements ValueObject {

    static final int MAX_PHOTOS = 9;

    public CaseIntake {
        if (source == null) {
            throw new InvalidValueException("source", "is required (SIGN_PLATFORM, HOTLINE_12345 or PATROL)");
        }
        sourceEventId = Text.required("sourceEventId", sourceEventId, 128);
        category = Text.required("category", category, 32);
        if (location == null) {
            throw new InvalidValueException("location", "is required");
        }
        address = Text.optional("address", address, 200);
        description = Text.required("description", description, 2_000);
        photos = photos(photos);
        Days.plausible("reportedAt", reportedAt);
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Photos by reference: absolute http or https URLs, at most nine. */
    public static List<String> photos(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        if (urls.size() > MAX_PHOTOS) {
            throw new InvalidValueException("photos", "at most " + MAX_PHOTOS + " photos, were " + urls.size());
        }
        return urls.stream().map(url -> {
            String text = Text.required("photos", url, 2_000);
            try {
                var uri = new URI(text);
                if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                        || "http".equalsIgnoreCase(uri.getScheme()))) {
                    throw new InvalidValueException("photos", "must be http or https URLs, was " + text);
                }
            } catch (URISyntaxException e) {
                throw new InvalidValueException("photos", "is not a URL: " + text);
            }
            return text;
        }).toList();
    }
}
