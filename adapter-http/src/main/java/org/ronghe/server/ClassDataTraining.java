package org.ronghe.server;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The training start behind the class-data archive the build makes (docs/adr/0011): {@code java
 * -XX:ArchiveClassesAtExit=ronghe-server.jsa -jar ronghe-server.jar train-class-data} starts the server on a
 * scratch H2 store with the demo data set, sends it the requests a start meets first (reads, a create, a
 * refusal), stops it and exits; the JVM then writes every class it loaded to the archive. A server started
 * with {@code -XX:SharedArchiveFile=ronghe-server.jsa} maps those classes instead of loading and verifying
 * them again.
 */
final class ClassDataTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataTraining.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The PostgreSQL driver and its SCRAM authentication library, by package path in the jar. */
    private static final List<String> POSTGRESQL_DRIVER = List.of("org/postgresql/", "com/ongres/");

    private ClassDataTraining() {
    }

    /** @return the process's exit code */
    static int run() {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("ronghe-class-data-");
            String secret = "training-" + UUID.randomUUID() + UUID.randomUUID();
            var configuration = ServerConfiguration.fromEnvironment(Map.of(
                    "RONGHE_DB_URL", "jdbc:h2:file:" + scratch.resolve("ronghe").toAbsolutePath(),
                    "RONGHE_HTTP_PORT", "0", "RONGHE_DEMO", "true", "RONGHE_BOOTSTRAP_TOKEN", secret));
            try (var server = RongheServer.start(configuration)) {
                train(URI.create("http://127.0.0.1:" + server.port()), secret);
            }
            int loaded = loadEveryClassOf(POSTGRESQL_DRIVER);
            LOG.info("loaded {} classes of the PostgreSQL driver", loaded);
            LOG.info("class-data training done: the JVM writes the archive as it exits");
            return 0;
        } catch (IOException | RuntimeException e) {
            LOG.error("class-data training failed: {}", e.toString());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            delete(scratch);
        }
    }

    private static void train(URI base, String secret) throws IOException, InterruptedException {
        var client = HttpClient.newHttpClient();
        String district = JSON.readTree(expect(client, 200, get(base, secret,
                "/api/v1/organizations?kind=DISTRICT_PARTY_COMMITTEE&status=ACTIVE&size=1")))
                .path("items").path(0).path("id").asText();
        String committee = JSON.readTree(expect(client, 200, get(base, secret, "/api/v1/committees?size=1")))
                .path("items").path(0).path("id").asText();
        expect(client, 200, get(base, secret, "/api/v1/committees/" + committee));
        expect(client, 200, get(base, secret, "/api/v1/structure"));
        expect(client, 200, get(base, secret, "/api/v1/structure?committeeId=" + committee));
        String town = JSON.readTree(expect(client, 201, HttpRequest.newBuilder(base.resolve("/api/v1/organizations"))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .header("Idempotency-Key", "class-data-training")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"归档训练镇\","
                        + "\"parentId\":\"" + district + "\"}"))
                .build())).path("id").asText();
        expect(client, 200, get(base, secret, "/api/v1/audit?aggregateId=" + town));
        expect(client, 404, get(base, secret, "/api/v1/committees/" + UUID.randomUUID()));
    }

    /**
     * Loads (without initializing) every class of the jar under the given package paths, so that the archive
     * holds them: the training has no PostgreSQL to talk to, yet a start on PostgreSQL loads much of its
     * driver. A class that cannot load here (an optional dependency of the driver's is absent) is skipped.
     */
    private static int loadEveryClassOf(List<String> packagePaths) throws IOException {
        var jar = ClassDataTraining.class.getProtectionDomain().getCodeSource().getLocation();
        int loaded = 0;
        try (var zip = new JarFile(new File(URI.create(jar.toString())))) {
            var names = zip.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && packagePaths.stream().anyMatch(name::startsWith))
                    .toList();
            ClassLoader loader = ClassDataTraining.class.getClassLoader();
            for (String name : names) {
                try {
                    Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError optionalDependencyMissing) {
                    // not needed where the driver runs without it
                }
            }
        }
        return loaded;
    }

    private static HttpRequest get(URI base, String secret, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + secret).GET().build();
    }

    private static String expect(HttpClient client, int status, HttpRequest request)
            throws IOException, InterruptedException {
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                    + response.statusCode() + ", not " + status + ": " + response.body());
        }
        return response.body();
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            LOG.warn("left the scratch store {} behind: {}", directory, e.toString());
        }
    }
}
