package org.ronghe.server;

import java.util.Map;

import org.ronghe.application.storage.StorageSettings;

/**
 * The server's settings, from environment variables:
 *
 * <table>
 * <caption>environment</caption>
 * <tr><td>RONGHE_HTTP_PORT</td><td>port to listen on (default 7070; 0 picks a free one)</td></tr>
 * <tr><td>RONGHE_DB_URL</td><td>storage URL (default {@value #DEFAULT_DB_URL}; {@code memory:} keeps nothing)</td></tr>
 * <tr><td>RONGHE_DB_USER / RONGHE_DB_PASSWORD</td><td>database credentials, if the database wants them</td></tr>
 * <tr><td>RONGHE_DB_POOL_SIZE</td><td>database connections (default 8)</td></tr>
 * </table>
 */
public record ServerConfiguration(int httpPort, StorageSettings storage) {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/ronghe";

    public static ServerConfiguration fromEnvironment(Map<String, String> env) {
        int port = integer(env, "RONGHE_HTTP_PORT", 7070, 0, 65535);
        int poolSize = integer(env, "RONGHE_DB_POOL_SIZE", 8, 1, 200);
        String url = env.getOrDefault("RONGHE_DB_URL", "").isBlank() ? DEFAULT_DB_URL : env.get("RONGHE_DB_URL").strip();
        return new ServerConfiguration(port, new StorageSettings(url, env.get("RONGHE_DB_USER"),
                env.get("RONGHE_DB_PASSWORD"), poolSize));
    }

    private static int integer(Map<String, String> env, String name, int fallback, int min, int max) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                    + ", was '" + text + "'");
        }
    }
}
