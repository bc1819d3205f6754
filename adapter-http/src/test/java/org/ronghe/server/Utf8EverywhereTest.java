package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese survives whatever the machine's locale: the server started as on a bare Linux box
 * ({@code LANG=C}, default charset US-ASCII) still answers every text in UTF-8.
 */
class Utf8EverywhereTest {

    @TempDir
    Path directory;

    @Test
    void under_lang_c_and_an_ascii_default_charset_every_answer_is_utf_8() throws Exception {
        var environment = Map.of("RONGHE_DB_URL", "memory:", "LANG", "C", "LC_ALL", "C");
        try (var server = ServerProcess.start(directory, "lang-c", environment,
                List.of("-Dfile.encoding=ANSI_X3.4-1968", "-Dsun.jnu.encoding=ANSI_X3.4-1968"))) {
            var admin = server.admin();
            var district = admin.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"中共上海市嘉定区委员会\"}",
                    "Idempotency-Key", "district-once");
            var replay = admin.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"中共上海市嘉定区委员会\"}",
                    "Idempotency-Key", "district-once");
            String id = district.json().get("id").asText();
            admin.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\",\"parentId\":\"" + id + "\"}");
            var duplicate = admin.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\","
                    + "\"parentId\":\"" + id + "\"}");

            assertThat(district.json().get("name").asText()).isEqualTo("中共上海市嘉定区委员会");
            assertThat(replay.body()).as("a replayed answer").contains("中共上海市嘉定区委员会");
            assertThat(duplicate.status()).isEqualTo(409);
            assertThat(duplicate.json().get("detail").asText()).contains("南翔镇党委").doesNotContain("?");
            assertThat(admin.get("/api/v1/structure.mmd").body()).doesNotContain("??");
            assertThat(server.anonymous().get("/docs").header("Content-Type")).containsIgnoringCase("utf-8");
        }
    }
}
