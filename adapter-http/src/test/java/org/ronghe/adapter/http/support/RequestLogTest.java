package org.ronghe.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestLogTest {

    @Test
    void control_characters_from_clients_cannot_start_a_new_log_line() {
        String printed = RequestLog.printable("/api/v1/x\r\n2026-01-01 INFO forged line");

        assertThat(printed).doesNotContain("\r", "\n").contains("\\u000d\\u000a");
    }

    @Test
    void very_long_paths_are_cut() {
        assertThat(RequestLog.printable("/" + "a".repeat(10_000))).hasSize(512);
    }
}
