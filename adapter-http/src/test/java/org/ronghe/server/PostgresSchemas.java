package org.ronghe.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * Fresh PostgreSQL schemas for server tests, on the server named by {@code RONGHE_TEST_PG_URL},
 * {@code _USER} and {@code _PASSWORD} (set by scripts/test.sh). Without them these tests fail.
 */
public final class PostgresSchemas {

    private PostgresSchemas() {
    }

    public record Schema(String name, String url, String user, String password) {

        /** The server's environment for this schema. */
        public Map<String, String> environment() {
            return Map.of("RONGHE_DB_URL", url, "RONGHE_DB_USER", user, "RONGHE_DB_PASSWORD", password);
        }

        public void drop() {
            execute(baseUrl(), user, password, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }

        String baseUrl() {
            return url.substring(0, url.indexOf(url.contains("&currentSchema=") ? "&currentSchema=" : "?currentSchema="));
        }
    }

    public static Schema fresh() {
        String url = System.getenv("RONGHE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("this test needs PostgreSQL: run it with scripts/test.sh, "
                    + "or set RONGHE_TEST_PG_URL, RONGHE_TEST_PG_USER and RONGHE_TEST_PG_PASSWORD");
        }
        String user = System.getenv("RONGHE_TEST_PG_USER");
        String password = System.getenv("RONGHE_TEST_PG_PASSWORD");
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, user, password, "CREATE SCHEMA " + name);
        return new Schema(name, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, user, password);
    }

    static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }
}
