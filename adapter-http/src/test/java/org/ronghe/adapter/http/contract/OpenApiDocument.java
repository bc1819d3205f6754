package org.ronghe.adapter.http.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.docs.DocsRoutes;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.server.RongheServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The API's OpenAPI document, read for tests: its operations, and validation of real responses. */
public final class OpenApiDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode document;
    /** The same document with component references rewritten for a stand-alone JSON Schema. */
    private final JsonNode schemas;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    public record Operation(String method, String path, JsonNode node) {
    }

    /** The document the server serves: generated from the route groups of a server on the in-memory store. */
    public OpenApiDocument() {
        this(new String(served(), StandardCharsets.UTF_8));
    }

    /** A document given as JSON text (the hand-written yardstick, say). */
    public OpenApiDocument(String text) {
        try {
            this.document = MAPPER.readTree(text);
            this.schemas = MAPPER.readTree(text.replace("#/components/schemas/", "#/$defs/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes {@code GET /openapi.json} answers, made as the server makes them. */
    public static byte[] served() {
        var storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"));
        return RongheServer.routeGroups(Ronghe.on(storage)).stream().filter(DocsRoutes.class::isInstance)
                .map(DocsRoutes.class::cast).findFirst().orElseThrow().document();
    }

    /** A document kept on the test class path. */
    public static OpenApiDocument resource(String name) {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(name)) {
            return new OpenApiDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return document;
    }

    /** The document with its component references rewritten to {@code #/$defs/}, for a stand-alone JSON Schema. */
    public JsonNode schemasRoot() {
        return schemas;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext();) {
            String path = paths.next();
            JsonNode item = document.get("paths").get(path);
            for (Iterator<String> methods = item.fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, item.get(method)));
                }
            }
        }
        return operations;
    }

    /**
     * Checks a real response against the document: the status must be documented for the operation,
     * and the body must validate against its schema. Returns the problems found (empty: valid).
     */
    public List<String> validate(String method, String pathTemplate, ApiClient.Response response) {
        JsonNode operation = schemas.path("paths").path(pathTemplate).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(method + " " + pathTemplate + " is not documented");
        }
        JsonNode documented = operation.path("responses").path(String.valueOf(response.status()));
        if (documented.isMissingNode()) {
            return List.of(method + " " + pathTemplate + " does not document status " + response.status());
        }
        String contentType = response.header("Content-Type") == null ? ""
                : response.header("Content-Type").split(";")[0].strip();
        JsonNode media = documented.path("content").path(contentType);
        if (media.isMissingNode()) {
            return List.of(method + " " + pathTemplate + " " + response.status() + " does not document " + contentType);
        }
        if (!contentType.endsWith("json")) {
            return List.of(); // text bodies (diagrams): the media type is the contract
        }
        ObjectNode schema = media.path("schema").deepCopy();
        schema.set("$defs", schemas.path("components").path("schemas"));
        JsonSchema validator = factory.getSchema(schema);
        return validator.validate(response.json()).stream().map(ValidationMessage::getMessage).toList();
    }
}
