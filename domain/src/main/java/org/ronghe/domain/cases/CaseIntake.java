package org.ronghe.domain.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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

    /**
     * What the source said, as a SHA-256 digest (hex): two deliveries of one event id carry the same content, so
     * another digest under a known event id is another signal reusing the id, refused.
     */
    public String fingerprint() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (Object part : List.of(source, sourceEventId, category, location.longitude(), location.latitude(),
                    String.valueOf(address), description, photos, String.valueOf(reportedAt))) {
                digest.update(part.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A second delivery under this intake's event id must say what the first one said (its fingerprint; null for
     * a receipt kept before fingerprints were, which any delivery matches).
     *
     * @throws SignalEventIdReusedException when it says something else
     */
    public void requireSameSignalAs(String firstFingerprint) {
        if (firstFingerprint != null && !fingerprint().equals(firstFingerprint)) {
            throw new SignalEventIdReusedException(source, sourceEventId);
        }
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
