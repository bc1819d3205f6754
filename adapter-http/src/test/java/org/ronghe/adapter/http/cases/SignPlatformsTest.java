package org.ronghe.adapter.http.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.support.SignatureRejectedException;

/** Which deliveries are a sign platform's: its id, a fresh timestamp, and its HMAC over timestamp and body. */
class SignPlatformsTest {

    private static final String TOWN = UUID.randomUUID().toString();
    private static final String SECRET = "nanxiang-sign-platform-secret-0123456789";
    private static final SignPlatforms PLATFORMS = SignPlatforms.parse("nanxiang=" + TOWN + ":" + SECRET
            + ", malu=" + UUID.randomUUID() + ":malu-sign-platform-secret-with:colons-0123");
    private static final byte[] BODY = "{\"eventId\":\"NX-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");
    private static final String SENT = String.valueOf(NOW.getEpochSecond());

    @Test
    void a_delivery_signed_with_the_platforms_secret_within_five_minutes_is_the_platforms() {
        var platform = PLATFORMS.verify("nanxiang", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY, NOW);
        assertThat(platform.town().toString()).isEqualTo(TOWN);
        assertThat(PLATFORMS.size()).isEqualTo(2);
        String early = String.valueOf(NOW.getEpochSecond() - 300);
        assertThatCode(() -> PLATFORMS.verify("nanxiang", early, SignPlatforms.signatureHeader(SECRET, early, BODY),
                BODY, NOW)).as("five minutes old, still taken").doesNotThrowAnyException();
        String late = String.valueOf(NOW.getEpochSecond() + 300);
        assertThatCode(() -> PLATFORMS.verify("nanxiang", late, SignPlatforms.signatureHeader(SECRET, late, BODY)
                .toUpperCase().replace("SHA256=", "sha256="), BODY, NOW)).as("a clock five minutes ahead, upper-case hex")
                .doesNotThrowAnyException();
    }

    @Test
    void a_stale_timestamp_another_body_another_secret_or_an_unknown_platform_is_refused() {
        String stale = String.valueOf(NOW.getEpochSecond() - 301);
        assertRejected("nanxiang", stale, SignPlatforms.signatureHeader(SECRET, stale, BODY), BODY, "5 minutes");
        String ahead = String.valueOf(NOW.getEpochSecond() + 301);
        assertRejected("nanxiang", ahead, SignPlatforms.signatureHeader(SECRET, ahead, BODY), BODY, "5 minutes");
        byte[] other = "{\"eventId\":\"NX-2\"}".getBytes(StandardCharsets.UTF_8);
        assertRejected("nanxiang", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), other, "signature");
        assertRejected("nanxiang", SENT, SignPlatforms.signatureHeader(SECRET, String.valueOf(NOW.getEpochSecond() - 1),
                BODY), BODY, "signature");
        assertRejected("malu", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY, "signature");
        assertRejected("jiangqiao", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY, "X-Ronghe-Platform");
        assertRejected(null, SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY, "X-Ronghe-Platform");
        assertRejected("nanxiang", null, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY, "Unix second");
        assertRejected("nanxiang", "yesterday", "sha256=00", BODY, "Unix second");
        assertRejected("nanxiang", SENT, null, BODY, "signature");
        assertRejected("nanxiang", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY).substring(7), BODY,
                "signature");
        assertRejected("nanxiang", SENT, "sha256=not-hex", BODY, "signature");
        assertThat(SignPlatforms.NONE.size()).isZero();
        assertRejected(SignPlatforms.NONE, "nanxiang", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY,
                "X-Ronghe-Platform");
    }

    private static void assertRejected(String platform, String timestamp, String signature, byte[] body,
            String reason) {
        assertRejected(PLATFORMS, platform, timestamp, signature, body, reason);
    }

    private static void assertRejected(SignPlatforms platforms, String platform, String timestamp, String signature,
            byte[] body, String reason) {
        assertThatThrownBy(() -> platforms.verify(platform, timestamp, signature, body, NOW))
                .isInstanceOf(SignatureRejectedException.class).hasMessageContaining(reason);
    }

    @Test
    void the_configuration_names_the_entry_that_is_wrong_and_never_echoes_a_secret() {
        assertThat(SignPlatforms.parse(null).size()).isZero();
        assertThat(SignPlatforms.parse("  ").size()).isZero();
        assertThatThrownBy(() -> SignPlatforms.parse("nanxiang")).hasMessageContaining("entry 1")
                .hasMessageContaining("id=townId:secret");
        assertThatThrownBy(() -> SignPlatforms.parse("nanxiang=" + TOWN + ":" + SECRET + ",Malu=" + TOWN + ":" + SECRET))
                .hasMessageContaining("entry 2").hasMessageContaining("lower-case");
        assertThatThrownBy(() -> SignPlatforms.parse("nanxiang=town:" + SECRET)).hasMessageContaining("UUID")
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> SignPlatforms.parse("nanxiang=" + TOWN + ":short-secret"))
                .hasMessageContaining("at least 32").message().doesNotContain("short-secret");
        assertThatThrownBy(() -> SignPlatforms.parse("nanxiang=" + TOWN + ":" + SECRET + ",nanxiang=" + TOWN + ":"
                + SECRET)).hasMessageContaining("twice");
        assertThat(PLATFORMS.verify("nanxiang", SENT, SignPlatforms.signatureHeader(SECRET, SENT, BODY), BODY, NOW)
                .toString()).contains("nanxiang").doesNotContain(SECRET);
    }
}
