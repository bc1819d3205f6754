package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The backup and restore commands of the README, run for real: back up, restore into a new
 * database, start a server on it, and read the same data through the API.
 */
class BackupRestoreTest {

    @TempDir
    Path directory;

    /** Writes some of everything: organizations, a rename, a token, and with them the audit trail. */
    private static void writeSomeData(ApiClient api) {
        String district = api.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":"
                + "\"中共上海市嘉定区委员会\",\"jurisdiction\":\"嘉定区\"}").json().get("id").asText();
        String town = api.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\","
                + "\"parentId\":\"" + district + "\"}").json().get("id").asText();
        assertThat(api.post("/api/v1/organizations/" + town + "/rename", "{\"name\":\"中共南翔镇委员会\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tokens", "{\"organizationId\":\"" + town + "\",\"role\":\"OPERATOR\"}").status())
                .isEqualTo(201);
    }

    private static List<JsonNode> everything(ApiClient api) {
        return List.of(api.get("/api/v1/organizations?size=100").json(), api.get("/api/v1/tokens?size=100").json(),
                api.get("/api/v1/audit?size=100").json());
    }

    @Test
    void an_h2_backup_restores_into_a_new_database_with_the_same_data() throws Exception {
        Path original = directory.resolve("original/ronghe");
        Path restored = directory.resolve("restored/ronghe");
        Path backup = directory.resolve("ronghe-backup.zip");
        List<JsonNode> before;
        ServerProcess server = ServerProcess.onH2(directory, "h2-original", original);
        writeSomeData(server.admin());
        before = everything(server.admin());
        server.stop(); // an H2 file belongs to one process: back up with the server stopped

        run("h2-backup", java(), "-cp", System.getProperty("java.class.path"), "org.h2.tools.Script",
                "-url", "jdbc:h2:file:" + original, "-user", "", "-script", backup.toString(),
                "-options", "compression", "zip");
        run("h2-restore", java(), "-cp", System.getProperty("java.class.path"), "org.h2.tools.RunScript",
                "-url", "jdbc:h2:file:" + restored, "-user", "", "-script", backup.toString(),
                "-options", "compression", "zip");

        try (ServerProcess again = ServerProcess.onH2(directory, "h2-restored", restored)) {
            assertThat(everything(again.admin())).isEqualTo(before);
        }
    }

    @Test
    void a_postgresql_dump_restores_into_a_new_database_with_the_same_data() throws Exception {
        PostgresSchemas.Schema schema = PostgresSchemas.fresh();
        String database = "ronghe_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Path dump = directory.resolve("ronghe.dump");
        var base = java.net.URI.create(schema.baseUrl().substring("jdbc:".length()));
        String host = base.getHost();
        String port = String.valueOf(base.getPort() < 0 ? 5432 : base.getPort());
        String sourceDatabase = base.getPath().substring(1);
        try {
            List<JsonNode> before;
            try (ServerProcess server = ServerProcess.start(directory, "pg-original", schema.environment())) {
                writeSomeData(server.admin());
                before = everything(server.admin());
            }
            run("pg-dump", Map.of("PGPASSWORD", schema.password()), "pg_dump", "-Fc", "-h", host, "-p", port,
                    "-U", schema.user(), "-n", schema.name(), "-f", dump.toString(), sourceDatabase);
            run("pg-createdb", Map.of("PGPASSWORD", schema.password()), "createdb", "-h", host, "-p", port,
                    "-U", schema.user(), database);
            run("pg-restore", Map.of("PGPASSWORD", schema.password()), "pg_restore", "--no-owner", "-h", host,
                    "-p", port, "-U", schema.user(), "-d", database, dump.toString());

            String restoredUrl = "jdbc:postgresql://" + host + ":" + port + "/" + database + "?currentSchema="
                    + schema.name();
            try (ServerProcess again = ServerProcess.start(directory, "pg-restored", Map.of("RONGHE_DB_URL", restoredUrl,
                    "RONGHE_DB_USER", schema.user(), "RONGHE_DB_PASSWORD", schema.password()))) {
                assertThat(everything(again.admin())).isEqualTo(before);
            }
        } finally {
            schema.drop();
            run("pg-dropdb", Map.of("PGPASSWORD", schema.password()), "dropdb", "--if-exists", "-h", host, "-p", port,
                    "-U", schema.user(), database);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void run(String name, String... command) throws IOException, InterruptedException {
        run(name, Map.of(), command);
    }

    private void run(String name, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
        builder.environment().putAll(environment);
        Path log = directory.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        int exit = builder.start().waitFor();
        assertThat(exit).as(name + ": " + Files.readString(log)).isZero();
    }
}
