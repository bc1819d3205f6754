package org.ronghe.adapter.http.cases;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.ronghe.adapter.http.support.SignatureRejectedException;
import org.ronghe.domain.organization.OrganizationId;

/**
 * The towns' digital sign platforms allowed to post to the webhook, each with the town it serves and the secret it
 * signs with. A delivery names its platform ({@code X-Ronghe-Platform}), the Unix second it was sent
 * ({@code X-Ronghe-Timestamp}) and {@code X-Ronghe-Signature: sha256=<hex>}, the HMAC-SHA256 under the platform's
 * secret of the timestamp, a full stop, and the body's bytes as sent.
 */
public final class SignPlatforms {

    /** A delivery sent longer ago (or ahead) than this is refused: a captured request cannot be replayed later. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final int MIN_SECRET_LENGTH = 32;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    public static final SignPlatforms NONE = new SignPlatforms(Map.of());

    /** One platform: its id as deliveries name it, the town it serves, its shared secret. */
    public record SignPlatform(String id, OrganizationId town, String secret) {

        @Override
        public String toString() {
            return "SignPlatform[" + id + " of " + town + "]"; // never the secret
        }
    }

    private final Map<String, SignPlatform> platforms;

    private SignPlatforms(Map<String, SignPlatform> platforms) {
        this.platforms = Map.copyOf(platforms);
    }

    /**
     * From {@code RONGHE_SIGN_PLATFORMS}: {@code id=townId:secret} entries separated by commas, e.g.
     * {@code nanxiang=0190…:s3cret…,malu=0190…:an0ther…}; empty or null for none.
     *
     * @throws IllegalArgumentException naming the entry that is wrong (never echoing a secret)
     */
    public static SignPlatforms parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, SignPlatform> platforms = new LinkedHashMap<>();
        String[] entries = text.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int equals = entry.indexOf('=');
            int colon = entry.indexOf(':', Math.max(equals, 0));
            String at = "RONGHE_SIGN_PLATFORMS entry " + (i + 1);
            if (equals < 0 || colon < 0) {
                throw new IllegalArgumentException(at + " must read id=townId:secret");
            }
            String id = entry.substring(0, equals).strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException(at + ": the id must be 2 to 32 lower-case letters, digits or -,"
                        + " was '" + id + "'");
            }
            OrganizationId town;
            try {
                town = OrganizationId.parse("townId", entry.substring(equals + 1, colon).strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(at + " (" + id + "): the town must be an organization id (UUID)");
            }
            String secret = entry.substring(colon + 1).strip();
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException(at + " (" + id + "): the secret must have at least "
                        + MIN_SECRET_LENGTH + " characters");
            }
            if (platforms.put(id, new SignPlatform(id, town, secret)) != null) {
                throw new IllegalArgumentException(at + ": the id " + id + " is given twice");
            }
        }
        return new SignPlatforms(platforms);
    }

    public static SignPlatforms of(SignPlatform... platforms) {
        Map<String, SignPlatform> byId = new LinkedHashMap<>();
        for (SignPlatform platform : platforms) {
            byId.put(platform.id(), platform);
        }
        return new SignPlatforms(byId);
    }

    public int size() {
        return platforms.size();
    }

    /**
     * The platform that sent a delivery, when the headers prove it.
     *
     * @throws SignatureRejectedException for an unknown platform, a missing or stale timestamp, or a signature that
     *                                    is not the platform's over this timestamp and body
     */
    public SignPlatform verify(String platformId, String timestamp, String signature, byte[] body, Instant now) {
        SignPlatform platform = platformId == null ? null : platforms.get(platformId.strip());
        if (platform == null) {
            throw new SignatureRejectedException("X-Ronghe-Platform names no configured sign platform");
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            throw new SignatureRejectedException("X-Ronghe-Timestamp must be the Unix second the delivery was sent");
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > TOLERANCE.toSeconds()) {
            throw new SignatureRejectedException("X-Ronghe-Timestamp is more than 5 minutes from the server's time");
        }
        byte[] expected = sign(platform.secret(), timestamp.strip(), body);
        byte[] given = signatureBytes(signature);
        if (given == null || !MessageDigest.isEqual(expected, given)) {
            throw new SignatureRejectedException("X-Ronghe-Signature is not the platform's signature of this"
                    + " timestamp and body");
        }
        return platform;
    }

    /** What a platform sends: the HMAC-SHA256 of {@code timestamp + "." + body} under its secret. */
    public static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    /** The header's value for a delivery: {@code sha256=<lower-case hex>}. */
    public static String signatureHeader(String secret, String timestamp, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(sign(secret, timestamp, body));
    }

    private static byte[] signatureBytes(String header) {
        if (header == null || !header.strip().startsWith("sha256=")) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(header.strip().substring("sha256=".length()).toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
