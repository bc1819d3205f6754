package org.ronghe.adapter.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;
import org.ronghe.adapter.http.docs.DocsRoutes;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.security.RouteInventoryTestAccess;

import com.fasterxml.jackson.databind.JsonNode;

/** The OpenAPI document is the contract: it lists exactly the routes served, and real answers obey it. */
class OpenApiContractTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static TestServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<ApiRoute> apiRoutes() {
        return RouteInventoryTestAccess.allRoutes().stream().filter(route -> !DocsRoutes.isViewer(route.path())).toList();
    }

    @Test
    void the_document_lists_exactly_the_routes_the_server_registers() {
        var registered = apiRoutes().stream().map(r -> r.method().name() + " " + r.path())
                .collect(Collectors.toCollection(TreeSet::new));
        var documented = DOCUMENT.operations().stream().map(o -> o.method() + " " + o.path())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).isEqualTo(registered);
        assertThat(DOCUMENT.root().get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void every_operation_documents_the_roles_the_route_declares() {
        for (ApiRoute route : apiRoutes()) {
            var operation = DOCUMENT.operations().stream()
                    .filter(o -> o.method().equals(route.method().name()) && o.path().equals(route.path()))
                    .findFirst().orElseThrow();
            var roles = new TreeSet<String>();
            operation.node().get("x-roles").forEach(role -> roles.add(role.asText()));
            assertThat(roles).as(route.method() + " " + route.path())
                    .isEqualTo(route.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void the_server_serves_the_document_and_its_viewer() {
        var document = server.anonymous().get("/openapi.json");
        var viewer = server.anonymous().get("/docs");
        var bundle = server.anonymous().get("/docs/swagger-ui-bundle.js");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json()).isEqualTo(DOCUMENT.root());
        assertThat(viewer.status()).isEqualTo(200);
        assertThat(viewer.body()).contains("/docs/swagger-ui-bundle.js", "/docs/ronghe-docs.js");
        assertThat(server.anonymous().get("/docs/ronghe-docs.js").body()).contains("SwaggerUIBundle", "/openapi.json");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.header("Content-Type")).startsWith("text/javascript");
        assertThat(server.anonymous().get("/docs/..%2Fpom.properties").status()).isEqualTo(404);
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(method + " " + template + " → "
                + response.status() + " " + response.body()).isEmpty();
    }

    @Test
    void real_responses_validate_against_the_document() {
        String organizations = "/api/v1/organizations";
        var district = admin.post(organizations, "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"区委\","
                + "\"nameEn\":\"District\",\"jurisdiction\":\"嘉定区\"}");
        valid("POST", organizations, district);
        String id = district.json().get("id").asText();
        var town = admin.post(organizations, "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\",\"parentId\":\""
                + id + "\"}");
        valid("POST", organizations, town);
        String townId = town.json().get("id").asText();
        valid("POST", organizations, admin.post(organizations, "{\"kind\":\"NOPE\"}"));
        valid("POST", organizations, admin.post(organizations, "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\","
                + "\"parentId\":\"" + id + "\"}"));
        valid("POST", organizations, admin.post(organizations, "x", "Content-Type", "text/plain"));
        valid("POST", organizations, server.anonymous().post(organizations, "{}"));
        valid("GET", organizations, admin.get(organizations + "?kind=TOWN_PARTY_COMMITTEE"));
        valid("GET", organizations, admin.get(organizations + "?size=1000"));
        valid("GET", organizations + "/{id}", admin.get(organizations + "/" + id));
        valid("GET", organizations + "/{id}", admin.get(organizations + "/00000000-0000-4000-8000-000000000000"));
        valid("POST", organizations + "/{id}/rename", admin.post(organizations + "/" + townId + "/rename",
                "{\"name\":\"中共南翔镇委员会\"}", "If-Match", "\"1\""));
        valid("POST", organizations + "/{id}/rename", admin.post(organizations + "/" + townId + "/rename",
                "{\"name\":\"x\"}", "If-Match", "\"1\""));
        valid("POST", organizations + "/{id}/rename", admin.post(organizations + "/" + townId + "/rename",
                "{\"name\":\"x\"}"));
        valid("POST", organizations + "/{id}/move", admin.post(organizations + "/" + id + "/move",
                "{\"parentId\":\"" + townId + "\"}", "If-Match", "\"1\""));
        valid("POST", organizations + "/{id}/retire", admin.post(organizations + "/" + id + "/retire", "",
                "If-Match", "\"1\""));
        valid("POST", organizations + "/{id}/retire", admin.post(organizations + "/" + townId + "/retire", "",
                "If-Match", "\"2\""));

        var issued = admin.post("/api/v1/tokens", "{\"organizationId\":\"" + id + "\",\"role\":\"READER\"}");
        valid("POST", "/api/v1/tokens", issued);
        String tokenId = issued.json().get("token").get("id").asText();
        valid("GET", "/api/v1/tokens", admin.get("/api/v1/tokens"));
        valid("GET", "/api/v1/tokens/{id}", admin.get("/api/v1/tokens/" + tokenId));
        valid("POST", "/api/v1/tokens/{id}/revoke", admin.post("/api/v1/tokens/" + tokenId + "/revoke", "",
                "If-Match", "\"1\""));
        valid("POST", "/api/v1/tokens/{id}/revoke", admin.post("/api/v1/tokens/" + tokenId + "/revoke", "",
                "If-Match", "\"2\""));
        var reader = server.clientFor(id, "READER");
        valid("GET", "/api/v1/audit", reader.get("/api/v1/audit"));
        valid("GET", "/api/v1/audit", admin.get("/api/v1/audit?size=100"));
        valid("GET", "/health", server.anonymous().get("/health"));
    }

    @Test
    void the_validator_rejects_what_breaks_the_document() {
        var json = java.util.Map.of("Content-Type", List.of("application/json"));
        var wrongShape = new ApiClient.Response(200, json, "{\"id\":5,\"kind\":\"PARTY_CELL\"}");
        var undocumentedStatus = new ApiClient.Response(418, json, "{}");
        var wrongMedia = new ApiClient.Response(200, java.util.Map.of("Content-Type", List.of("text/html")), "{}");

        assertThat(DOCUMENT.validate("GET", "/api/v1/organizations/{id}", wrongShape)).isNotEmpty();
        assertThat(DOCUMENT.validate("GET", "/api/v1/organizations/{id}", undocumentedStatus)).isNotEmpty();
        assertThat(DOCUMENT.validate("GET", "/api/v1/organizations/{id}", wrongMedia)).isNotEmpty();
        assertThat(DOCUMENT.validate("DELETE", "/api/v1/organizations/{id}", wrongShape)).isNotEmpty();
    }

    @Test
    void documented_errors_are_all_problems_but_open311s_own_list() {
        for (var operation : DOCUMENT.operations()) {
            if (operation.path().startsWith("/open311/")) {
                operation.node().get("responses").fields().forEachRemaining(entry -> {
                    if (entry.getKey().startsWith("4")) {
                        assertThat(entry.getValue().get("content").has("application/json")).isTrue();
                    }
                });
                continue;
            }
            operation.node().get("responses").fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith("4")) {
                    JsonNode content = entry.getValue().get("content");
                    assertThat(content.has("application/problem+json")).as(operation.path() + " " + entry.getKey())
                            .isTrue();
                }
            });
        }
    }

    /**
     * The query parameters a route reads are the ones the document lists: each documented one is
     * taken (sent empty, it filters nothing), and any other is refused with a 400 naming it.
     */
    @Test
    void every_route_takes_exactly_the_query_parameters_it_documents() {
        for (var operation : DOCUMENT.operations()) {
            if (!operation.method().equals("GET") || operation.path().equals("/openapi.json")) {
                continue;
            }
            String path = operation.path().replaceAll("\\{[a-zA-Z]+}", "00000000-0000-4000-8000-000000000000");
            List<String> documented = new java.util.ArrayList<>();
            if (operation.node().has("parameters")) {
                operation.node().get("parameters").forEach(p -> {
                    if (p.get("in").asText().equals("query")) {
                        documented.add(p.get("name").asText() + "=");
                    }
                });
            }
            var withDocumented = admin.get(path + (documented.isEmpty() ? "" : "?" + String.join("&", documented)));
            assertThat(withDocumented.body()).as(operation.path() + " with " + documented)
                    .doesNotContain("is not a parameter of this route");
            var withUnknown = admin.get(path + (documented.isEmpty() ? "?" : "?" + String.join("&", documented) + "&")
                    + "nmae=%E5%8D%97%E7%BF%94");
            if (withUnknown.status() != 404 || !operation.path().contains("{")) {
                assertThat(withUnknown.status()).as(operation.path() + " " + withUnknown.body()).isEqualTo(400);
                if (operation.path().startsWith("/open311/")) {
                    assertThat(withUnknown.json().get(0).get("description").asText()).contains("nmae");
                    continue;
                }
                assertThat(withUnknown.json().get("errors").findValuesAsText("field")).as(operation.path())
                        .contains("nmae");
            }
        }
    }
}
