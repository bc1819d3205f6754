package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The case settings a deployment gives in its environment: the sign platforms and the escalation scan. */
class CaseSettingsTest {

    @Test
    void without_settings_no_platform_may_push_and_the_scan_runs_each_minute() {
        var configuration = ServerConfiguration.fromEnvironment(Map.of());
        assertThat(configuration.signPlatforms().size()).isZero();
        assertThat(configuration.escalationScan()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void platforms_and_the_scans_period_are_read_and_zero_turns_the_scan_off_on_a_node() {
        String town = UUID.randomUUID().toString();
        var configuration = ServerConfiguration.fromEnvironment(Map.of("RONGHE_SIGN_PLATFORMS",
                "nanxiang=" + town + ":nanxiang-sign-platform-secret-0123456789", "RONGHE_ESCALATION_SCAN_SECONDS", "0"));
        assertThat(configuration.signPlatforms().size()).isEqualTo(1);
        assertThat(configuration.escalationScan()).isZero();
        assertThat(ServerConfiguration.fromEnvironment(Map.of("RONGHE_ESCALATION_SCAN_SECONDS", "15")).escalationScan())
                .isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void a_wrong_setting_stops_the_start_with_its_name() {
        assertThatThrownBy(() -> ServerConfiguration.fromEnvironment(Map.of("RONGHE_ESCALATION_SCAN_SECONDS", "-1")))
                .hasMessageContaining("RONGHE_ESCALATION_SCAN_SECONDS");
        assertThatThrownBy(() -> ServerConfiguration.fromEnvironment(Map.of("RONGHE_SIGN_PLATFORMS", "nanxiang")))
                .hasMessageContaining("RONGHE_SIGN_PLATFORMS");
    }
}
