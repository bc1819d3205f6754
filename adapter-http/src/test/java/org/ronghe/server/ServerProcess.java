package org.ronghe.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.ApiClient;

/** The real server as a child process (the test class path, the production main class). */
public final class ServerProcess implements AutoCloseable {

    public static final String BOOTSTRAP = "server-process-bootstrap-secret-0123456789";

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts a server on a free port with the given storage settings and waits until it is healthy. */
    public static ServerProcess start(Path logDirectory, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        return start(logDirectory, name, environment, List.of());
    }

    /** As {@link #start(Path, String, Map)}, with JVM options (e.g. a default charset) before the class. */
    public static ServerProcess start(Path logDirectory, String name, Map<String, String> environment,
            List<String> jvmOptions) throws IOException, InterruptedException {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RongheServer.class.getName()));
        var builder = new ProcessBuilder(command);
        builder.environment().put("RONGHE_HTTP_PORT", String.valueOf(port));
        builder.environment().put("RONGHE_BOOTSTRAP_TOKEN", BOOTSTRAP);
        builder.environment().put("RONGHE_RATE_LIMIT_PER_MINUTE", "0");
        builder.environment().putAll(environment);
        Path log = logDirectory.resolve(name + ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        var server = new ServerProcess(builder.start(), log, port);
        server.awaitHealthy();
        return server;
    }

    public static ServerProcess onH2(Path directory, String name, Path database) throws IOException, InterruptedException {
        return start(directory, name, Map.of("RONGHE_DB_URL", "jdbc:h2:file:" + database));
    }

    public int port() {
        return port;
    }

    public ApiClient admin() {
        return new ApiClient(port, BOOTSTRAP);
    }

    public ApiClient anonymous() {
        return new ApiClient(port);
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        var api = new ApiClient(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited: " + Files.readString(log));
            }
            try {
                if (api.get("/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server did not become healthy in time: " + Files.readString(log));
    }

    /** SIGKILL: no shutdown hook, no orderly close of the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: the shutdown hook stops HTTP and closes the database. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
