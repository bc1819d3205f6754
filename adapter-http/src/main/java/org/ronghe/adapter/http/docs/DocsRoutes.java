package org.ronghe.adapter.http.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Messages;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.domain.shared.AggregateNotFoundException;

import io.javalin.http.Context;

/**
 * The public routes: {@code /health}, the OpenAPI 3.1 document at {@code /openapi.json} (generated
 * by {@link OpenApi} from the route groups' routes and docs; tests hold the routes and real
 * responses to it), and Swagger UI at {@code /docs}, served from the swagger-ui webjar.
 */
public final class DocsRoutes implements RouteGroup {

    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css",
            "png", "image/png", "html", "text/html; charset=utf-8", "map", "application/json");

    /**
     * The viewer's page runs only scripts and styles it is served from here (no inline script, nothing
     * from elsewhere) and is never framed. Swagger UI draws its icons as data: images.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Starts the viewer; a file of its own, so that the page needs no inline script. */
    private static final byte[] START_SCRIPT = "window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });\n"
            .getBytes(StandardCharsets.UTF_8);

    private final Health health;
    private final List<RouteGroup> documented;
    /** Made on the first request of it, not at start-up (ADR 0011); then served as made. */
    private volatile byte[] document;

    /**
     * @param storageReachable whether the store answers now (asked at most once a second)
     * @param documented the other route groups of the API, which the document describes with these
     */
    public DocsRoutes(java.util.function.BooleanSupplier storageReachable, List<RouteGroup> documented) {
        this.health = new Health(storageReachable);
        this.documented = List.copyOf(documented);
    }
    private final String webjarRoot = "/META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.open("/health", health::answer),
                ApiRoute.open("/api/v1/labels", ctx -> Reply.ok(Map.of("labels", Messages.catalogue().labels()))),
                ApiRoute.open("/openapi.json", ctx -> Reply.ok(new RawBody("application/json", document()))),
                ApiRoute.open("/docs", ctx -> new Reply(200, new RawBody("text/html; charset=utf-8", page()),
                        Map.of("Content-Security-Policy", PAGE_POLICY))),
                ApiRoute.open("/docs/{asset}", this::asset));
    }

    @Override
    public ApiDocs docs() {
        return PublicDocs.DOCS;
    }

    /** The OpenAPI document of this group and the documented ones, generated once, on first use. */
    public byte[] document() {
        byte[] made = document;
        if (made == null) {
            synchronized (this) {
                made = document;
                if (made == null) {
                    var groups = new java.util.ArrayList<RouteGroup>();
                    groups.add(this);
                    groups.addAll(documented);
                    made = OpenApi.document(groups);
                    document = made;
                }
            }
        }
        return made;
    }

    /** Whether a route belongs to the documentation viewer rather than to the API it documents. */
    public static boolean isViewer(String path) {
        return path.equals("/docs") || path.startsWith("/docs/");
    }

    private static byte[] page() {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Ronghe API</title>
                <link rel="stylesheet" href="/docs/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/docs/swagger-ui-bundle.js"></script>
                <script src="/docs/ronghe-docs.js"></script>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    private Reply asset(Context ctx) {
        String name = ctx.pathParam("asset");
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (!ASSET.matcher(name).matches() || !TYPES.containsKey(extension)) {
            throw new AggregateNotFoundException("documentation file", name);
        }
        if (name.equals("ronghe-docs.js")) {
            return new Reply(200, new RawBody(TYPES.get(extension), START_SCRIPT), Map.of("Cache-Control", "no-cache"));
        }
        try (InputStream in = DocsRoutes.class.getResourceAsStream(webjarRoot + name)) {
            if (in == null) {
                throw new AggregateNotFoundException("documentation file", name);
            }
            return new Reply(200, new RawBody(TYPES.get(extension), in.readAllBytes()),
                    Map.of("Cache-Control", "public, max-age=86400"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(
                "/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the swagger-ui webjar is missing from the class path", e);
        }
    }
}
