package org.ronghe.adapter.http.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.task.port.in.TaskQueries;

/** The generator documents every route or refuses; the served document is made once, on first use. */
class OpenApiGenerationTest {

    private static RouteGroup group(List<ApiRoute> routes, ApiDoc... docs) {
        return new RouteGroup() {
            @Override
            public List<ApiRoute> routes() {
                return routes;
            }

            @Override
            public ApiDocs docs() {
                return ApiDocs.of("things", "东西 · Things", docs);
            }
        };
    }

    private static final ApiRoute THINGS = ApiRoute.read("/api/v1/things", ctx -> Reply.ok("x"));

    @Test
    void a_route_without_its_doc_is_refused_and_so_is_a_doc_without_its_route() {
        assertThatThrownBy(() -> OpenApi.document(List.of(group(List.of(THINGS)))))
                .hasMessageContaining("GET /api/v1/things has no ApiDoc");
        assertThatThrownBy(() -> OpenApi.document(List.of(group(List.of(),
                ApiDoc.get("/api/v1/things", "listThings", "every thing")))))
                .hasMessageContaining("no such route");
    }

    @Test
    void a_route_gets_the_statuses_and_headers_of_its_kind() {
        var created = ApiRoute.create("/api/v1/things", ctx -> Reply.ok("x"), Set.of(ApiRole.ADMIN));
        var tree = OpenApi.tree(List.of(group(List.of(THINGS, created),
                ApiDoc.get("/api/v1/things", "listThings", "every thing"),
                ApiDoc.post("/api/v1/things", "makeThing", "make a thing"))));

        assertThat(tree.at("/paths/~1api~1v1~1things/get/responses").fieldNames()).toIterable()
                .containsExactly("200", "400", "401", "403", "404", "429", "503");
        assertThat(tree.at("/paths/~1api~1v1~1things/post/responses/201/headers").has("Location")).isTrue();
        assertThat(tree.at("/paths/~1api~1v1~1things/post/parameters/0/name").asText()).isEqualTo("Idempotency-Key");
        assertThat(tree.at("/paths/~1api~1v1~1things/post/tags/0").asText()).isEqualTo("things");
        assertThat(tree.at("/tags/0/description").asText()).isEqualTo("东西 · Things");
    }

    /** A view of this adapter, as the rules see it. */
    record ThingResource(String id, String ownerId, List<String> memberIds, String name,
            @ApiDoc.Uuid(false) String legacyId, long version) {
    }

    @Test
    void a_view_s_ids_are_uuids_and_its_version_at_least_1_by_rule() {
        var tree = OpenApi.tree(List.of(group(List.of(THINGS), ApiDoc.get("/api/v1/things", "listThings", "every thing")
                .answers("a thing", ThingResource.class))));
        var thing = tree.at("/components/schemas/OpenApiGenerationTestThingResource/properties");

        assertThat(thing.at("/id/format").asText()).isEqualTo("uuid");
        assertThat(thing.at("/ownerId/format").asText()).isEqualTo("uuid");
        assertThat(thing.at("/memberIds/items/format").asText()).isEqualTo("uuid");
        assertThat(thing.at("/name").has("format")).isFalse();
        assertThat(thing.at("/legacyId").has("format")).isFalse();
        assertThat(thing.at("/version/minimum").asInt()).isEqualTo(1);
    }

    @Test
    void a_record_of_the_application_shown_as_it_is_is_null_only_where_its_docs_say_so() {
        RouteGroup closure = new RouteGroup() {
            @Override
            public List<ApiRoute> routes() {
                return List.of(THINGS);
            }

            @Override
            public ApiDocs docs() {
                return ApiDocs.of("things", "东西 · Things", ApiDoc.get("/api/v1/things", "closure", "closure")
                        .answers("closure", ApiDoc.Schema.items(TaskQueries.Closure.class)))
                        .with(ApiDoc.Component.of(TaskQueries.Closure.class, "medianDaysToVerify").nullable(),
                                ApiDoc.Component.of(TaskQueries.Closure.class, "dimension").oneOf("committee")
                                        .about("what key is"));
            }
        };
        var properties = OpenApi.tree(List.of(closure)).at("/components/schemas/TaskQueriesClosure/properties");

        assertThat(properties.at("/key/type").asText()).isEqualTo("string");
        assertThat(properties.at("/medianDaysToVerify/type").toString()).contains("null");
        assertThat(properties.at("/dimension/const").asText()).isEqualTo("committee"); // one value: const
        assertThat(properties.at("/dimension/description").asText()).isEqualTo("what key is");
        assertThatThrownBy(() -> ApiDoc.Component.of(TaskQueries.Closure.class, "nothing"))
                .hasMessageContaining("no component nothing");
    }

    @Test
    void the_served_document_is_made_once_even_when_first_asked_for_at_once() throws Exception {
        var docs = new DocsRoutes(() -> true, List.of());
        Callable<byte[]> ask = docs::document;
        var pool = Executors.newFixedThreadPool(4);
        try {
            var answers = pool.invokeAll(List.of(ask, ask, ask, ask));
            byte[] first = answers.get(0).get();
            for (var answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
