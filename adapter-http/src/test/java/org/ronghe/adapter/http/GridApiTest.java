package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A town's grids over HTTP: drawn from GeoJSON, revised whole, read as of a day, located, reported on. */
class GridApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double WEST = 121.24;
    private static final double EAST = 121.26;
    private static final double SOUTH = 31.37;
    private static final double NORTH = 31.38;
    private static final double MIDDLE = 121.25;
    private static final double LAT_MIDDLE = 31.375;
    private TestServer server;
    private String town;
    private String otherTown;
    private String beiguan;
    private String honggang;

    @BeforeEach
    void organizations() {
        server = TestServer.onMemory();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        town = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        otherTown = server.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district).get("id").asText();
        beiguan = server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", town).get("id").asText();
        honggang = server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "红岗村党支部", town).get("id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private static Map<String, Object> polygon(double west, double south, double east, double north) {
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(west, south), List.of(east, south),
                List.of(east, north), List.of(west, north), List.of(west, south))));
    }

    private static Map<String, Object> feature(String code, String parent, Map<String, Object> geometry,
            String responsible) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", code);
        properties.put("name", code + "网格");
        properties.put("parentCode", parent);
        properties.put("responsibleOrganizationId", responsible);
        return Map.of("type", "Feature", "geometry", geometry, "properties", properties);
    }

    private List<Object> wholePlan() {
        List<Object> features = new ArrayList<>();
        double[][] areas = {{WEST, MIDDLE}, {MIDDLE, EAST}};
        int village = 0;
        int micro = 0;
        for (int a = 0; a < 2; a++) {
            String area = "NX-A0" + (a + 1);
            features.add(feature(area, null, polygon(areas[a][0], SOUTH, areas[a][1], NORTH), town));
            for (double[] band : new double[][] {{SOUTH, LAT_MIDDLE}, {LAT_MIDDLE, NORTH}}) {
                String villageCode = String.format("NX-V%02d", ++village);
                String responsible = a == 0 ? beiguan : honggang;
                features.add(feature(villageCode, area, polygon(areas[a][0], band[0], areas[a][1], band[1]), responsible));
                double lonMiddle = (areas[a][0] + areas[a][1]) / 2;
                features.add(feature(String.format("NX-M%03d", ++micro), villageCode,
                        polygon(areas[a][0], band[0], lonMiddle, band[1]), responsible));
                features.add(feature(String.format("NX-M%03d", ++micro), villageCode,
                        polygon(lonMiddle, band[0], areas[a][1], band[1]), responsible));
            }
        }
        return features;
    }

    private String planBody(List<Object> features) throws Exception {
        return JSON.writeValueAsString(Map.of("townId", town, "townCode", "NX", "on", "2023-03-01", "territory",
                polygon(WEST, SOUTH, EAST, NORTH), "grids", Map.of("type", "FeatureCollection", "features", features)));
    }

    @Test
    void a_towns_operator_draws_its_plan_from_geojson_and_every_caller_reads_the_grids_as_of_a_day() throws Exception {
        var operator = server.clientFor(town, "OPERATOR");

        var defined = operator.post("/api/v1/grid-plans", planBody(wholePlan()), "Idempotency-Key", "nanxiang-plan-1");
        var replayed = operator.post("/api/v1/grid-plans", planBody(wholePlan()), "Idempotency-Key", "nanxiang-plan-1");

        valid("POST", "/api/v1/grid-plans", defined);
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.json().get("id")).isEqualTo(defined.json().get("id"));
        assertThat(defined.status()).as(defined.body()).isEqualTo(201);
        assertThat(defined.header("ETag")).isEqualTo("\"1\"");
        assertThat(defined.json().get("microGrids").asInt()).isEqualTo(8);
        assertThat(defined.json().get("squareKilometres").asDouble()).isEqualTo(2.11);
        String plan = defined.json().get("id").asText();
        var reader = server.clientFor(otherTown, "READER");
        valid("GET", "/api/v1/grid-plans/{id}", reader.get("/api/v1/grid-plans/" + plan));
        valid("GET", "/api/v1/grid-plans", reader.get("/api/v1/grid-plans?townId=" + town));
        assertThat(reader.get("/api/v1/grid-plans/" + plan + "?asOf=2023-02-28").json().get("microGrids").asInt())
                .as("the day before it was drawn").isZero();
        problem(reader.get("/api/v1/grid-plans?townId=" + otherTown), 404, "not-found");
        problem(reader.get("/api/v1/grid-plans"), 400, "invalid-value");

        var micro = reader.get("/api/v1/grids?level=MICRO&townId=" + town + "&asOf=2023-03-01&size=5&page=2");
        valid("GET", "/api/v1/grids", micro);
        assertThat(micro.json().get("totalItems").asInt()).isEqualTo(8);
        var first = micro.json().get("items").get(0);
        assertThat(first.get("code").asText()).isEqualTo("NX-M006");
        assertThat(first.get("responsibleOrganizationName").asText()).isEqualTo("红岗村党支部");
        assertThat(first.get("levelZh").asText()).isEqualTo("小微网格");
        assertThat(reader.get("/api/v1/grids?asOf=2023-02-28").json().get("totalItems").asInt()).isZero();

        var detail = reader.get("/api/v1/grids/" + first.get("id").asText());
        valid("GET", "/api/v1/grids/{id}", detail);
        assertThat(detail.json().get("parents").findValuesAsText("code")).containsExactly("NX-V03", "NX-A02");
        assertThat(detail.json().get("territory").get("type").asText()).isEqualTo("Polygon");
        problem(reader.get("/api/v1/grids/" + java.util.UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void the_geojson_of_the_grids_is_rfc_7946_with_counter_clockwise_rings_and_seven_decimals() throws Exception {
        server.admin().post("/api/v1/grid-plans", planBody(wholePlan()));

        var response = server.clientFor(otherTown, "READER").get("/api/v1/grids.geojson?level=MICRO");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/geo+json");
        JsonNode collection = response.json();
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(8);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("properties").get("code").asText()).isEqualTo("NX-M001");
        assertThat(feature.get("properties").get("responsibleOrganizationName").asText()).isEqualTo("北管村党总支");
        JsonNode ring = feature.get("geometry").get("coordinates").get(0);
        double twiceArea = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            twiceArea += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
            assertThat(ring.get(i).get(0).asText()).matches("\\d+\\.\\d{1,7}");
        }
        assertThat(twiceArea).as("counter-clockwise").isPositive();
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
    }

    @Test
    void a_point_is_located_in_one_micro_grid_and_outside_every_grid_is_a_404() throws Exception {
        server.admin().post("/api/v1/grid-plans", planBody(wholePlan()));
        var reader = server.clientFor(otherTown, "READER");

        var located = reader.get("/api/v1/grids/locate?lon=121.255&lat=31.378");
        valid("GET", "/api/v1/grids/locate", located);
        assertThat(located.json().get("micro").get("code").asText()).isEqualTo("NX-M007");
        assertThat(located.json().get("village").get("code").asText()).isEqualTo("NX-V04");
        assertThat(located.json().get("area").get("code").asText()).isEqualTo("NX-A02");
        assertThat(reader.get("/api/v1/grids/locate?lon=121.25&lat=31.375").json().get("micro").get("code").asText())
                .isEqualTo("NX-M002");
        problem(reader.get("/api/v1/grids/locate?lon=121.30&lat=31.378"), 404, "not-found");
        problem(reader.get("/api/v1/grids/locate?lon=east&lat=31.378"), 400, "invalid-value");
        problem(reader.get("/api/v1/grids/locate?lat=31.378"), 400, "invalid-value");
    }

    @Test
    void a_plan_that_breaks_a_rule_is_refused_whole_naming_each_grid_and_area_in_chinese_and_nothing_is_kept()
            throws Exception {
        var features = wholePlan();
        features.set(0, feature("NX-A01", null, polygon(WEST, SOUTH, MIDDLE + 0.001, NORTH), town));
        var operator = server.clientFor(town, "OPERATOR");

        var refused = operator.request("/api/v1/grid-plans").header("Accept-Language", "zh-CN");
        var response = operator.send(refused.header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(planBody(features))));

        problem(response, 422, "grid-plan-refused");
        assertThat(response.json().get("title").asText()).isEqualTo("网格方案未通过校验");
        JsonNode overlap = response.json().get("problems").findParents("rule").stream()
                .filter(p -> p.get("rule").asText().equals("grids-overlap")).findFirst().orElseThrow();
        assertThat(overlap.get("title").asText()).isEqualTo("同级网格相互重叠");
        assertThat(overlap.get("codes").get(0).asText()).isEqualTo("NX-A01");
        assertThat(overlap.get("squareMetres").asDouble()).isGreaterThan(100_000);
        problem(operator.get("/api/v1/grid-plans?townId=" + town), 404, "not-found");
    }

    @Test
    void geojson_of_the_wrong_shape_is_a_400_naming_where_and_coordinates_latitude_first_are_refused() throws Exception {
        var operator = server.clientFor(town, "OPERATOR");

        var notACollection = operator.post("/api/v1/grid-plans", JSON.writeValueAsString(Map.of("townId", town,
                "townCode", "NX", "on", "2023-03-01", "territory", polygon(WEST, SOUTH, EAST, NORTH), "grids",
                Map.of("type", "Feature"))));
        problem(notACollection, 400, "invalid-value");
        assertThat(notACollection.json().get("errors").findValuesAsText("field")).contains("grids");

        var features = wholePlan();
        features.set(1, Map.of("type", "Feature", "geometry", Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(121.24, 31.37), List.of("east", 31.37)))), "properties", Map.of("code", "NX-V01",
                        "name", "x")));
        var badPosition = operator.post("/api/v1/grid-plans", planBody(features));
        problem(badPosition, 400, "invalid-value");
        assertThat(badPosition.json().get("errors").findValuesAsText("field"))
                .contains("grids.features[1].geometry.coordinates[0][1]");

        var latitudeFirst = operator.post("/api/v1/grid-plans", JSON.writeValueAsString(Map.of("townId", town,
                "townCode", "NX", "on", "2023-03-01", "territory", polygon(SOUTH, WEST, NORTH, EAST))));
        problem(latitudeFirst, 400, "invalid-value");
        assertThat(latitudeFirst.body()).contains("outside China");
        problem(operator.get("/api/v1/grid-plans?townId=" + town), 404, "not-found");
    }

    @Test
    void revisions_assignments_and_roles_take_if_match_and_only_the_towns_operators_or_an_admin_make_them()
            throws Exception {
        var operator = server.clientFor(town, "OPERATOR");
        String plan = operator.post("/api/v1/grid-plans", planBody(wholePlan())).json().get("id").asText();
        String base = "/api/v1/grid-plans/" + plan;

        problem(server.clientFor(otherTown, "OPERATOR").post(base + "/roles", "{\"code\":\"NX-M001\",\"roles\":[]}",
                "If-Match", "\"1\""), 403, "forbidden");
        problem(operator.post(base + "/roles", "{\"code\":\"NX-M001\",\"roles\":[]}"), 428, "precondition-required");
        var appointed = operator.post(base + "/roles", "{\"code\":\"NX-M001\",\"roles\":[{\"kind\":\"CHIEF\","
                + "\"name\":\"张伟\",\"position\":\"村党总支书记\"},{\"kind\":\"WORKER\",\"name\":\"李娜\"}]}", "If-Match", "\"1\"");
        valid("POST", "/api/v1/grid-plans/{id}/roles", appointed);
        assertThat(appointed.header("ETag")).isEqualTo("\"2\"");

        var assigned = operator.post(base + "/assign", "{\"code\":\"NX-V02\",\"responsibleOrganizationId\":\""
                + honggang + "\",\"on\":\"2023-06-01\"}", "If-Match", "\"2\"");
        valid("POST", "/api/v1/grid-plans/{id}/assign", assigned);
        problem(operator.post(base + "/assign", "{\"code\":\"NX-V02\",\"responsibleOrganizationId\":\"" + honggang
                + "\",\"on\":\"2023-06-01\"}", "If-Match", "\"2\""), 412, "stale-version");
        problem(operator.post(base + "/assign", "{\"code\":\"NX-V04\",\"responsibleOrganizationId\":\"" + beiguan
                + "\",\"on\":\"2023-05-01\"}", "If-Match", "\"3\""), 409, "grid-revision-dated-back");

        var revised = operator.post(base + "/revise", JSON.writeValueAsString(Map.of("parentCode", "NX-A01", "on",
                "2023-07-01", "grids", Map.of("type", "FeatureCollection", "features", List.of(feature("NX-V05",
                        "NX-A01", polygon(WEST, SOUTH, MIDDLE, NORTH), beiguan))))), "If-Match", "\"3\"");
        valid("POST", "/api/v1/grid-plans/{id}/revise", revised);
        assertThat(revised.json().get("villageGrids").asInt()).isEqualTo(3);
        // NX-M005 shares NX-V03 with NX-M006, which would not cover it alone; NX-V05 is 北管村's last village grid
        var gap = operator.post(base + "/retire", "{\"code\":\"NX-M005\",\"on\":\"2023-07-01\"}", "If-Match", "\"4\"");
        problem(gap, 422, "grid-plan-refused");
        valid("POST", "/api/v1/grid-plans/{id}/retire", gap);
        assertThat(gap.json().get("problems").get(0).get("codes").get(0).asText()).isEqualTo("NX-V03");
        var orphan = operator.post(base + "/retire", "{\"code\":\"NX-V05\",\"on\":\"2023-07-02\"}", "If-Match", "\"4\"");
        problem(orphan, 422, "grid-plan-refused");
        assertThat(orphan.json().get("problems").get(0).get("rule").asText()).isEqualTo("village-organization-without-grid");
        var audit = server.admin().get("/api/v1/audit?aggregateId=" + plan);
        assertThat(audit.json().get("items").findValuesAsText("eventType")).containsExactlyInAnyOrder(
                "GridPlanDefined", "GridRolesAppointed", "GridResponsibilityAssigned", "GridChildrenRevised");
    }

    @Test
    void a_plan_with_a_ring_of_100000_vertices_is_over_the_servers_limit_a_413_and_nothing_is_kept() throws Exception {
        // one ring of 100,000 vertices: about 2.6 MB, refused before it is read (the domain bounds a territory to
        // 20,000 vertices when a body fits)
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            double angle = 2 * Math.PI * i / 100_000;
            ring.add(List.of(121.25 + 0.01 * Math.cos(angle), 31.375 + 0.005 * Math.sin(angle)));
        }
        ring.add(ring.get(0));
        var features = new ArrayList<Object>();
        features.add(feature("NX-A01", null, Map.of("type", "Polygon", "coordinates", List.of(ring)), town));

        var tooLarge = server.clientFor(town, "OPERATOR").post("/api/v1/grid-plans", planBody(features));

        assertThat(tooLarge.status()).isEqualTo(413);
        problem(server.clientFor(town, "OPERATOR").get("/api/v1/grid-plans?townId=" + town), 404, "not-found");
    }

    @Test
    void the_coverage_report_says_no_omission_no_dead_corner_in_figures() throws Exception {
        server.admin().post("/api/v1/grid-plans", planBody(wholePlan()));

        var report = server.clientFor(otherTown, "READER").get("/api/v1/grid-coverage");

        valid("GET", "/api/v1/grid-coverage", report);
        assertThat(report.json().get("towns").asInt()).isEqualTo(1);
        assertThat(report.json().get("areaGrids").asInt()).isEqualTo(2);
        assertThat(report.json().get("villageGrids").asInt()).isEqualTo(4);
        assertThat(report.json().get("microGrids").asInt()).isEqualTo(8);
        assertThat(report.json().get("squareKilometres").asDouble()).isEqualTo(2.11);
        assertThat(report.json().get("holds").asBoolean()).isTrue();
        assertThat(report.json().get("gaps")).isEmpty();
    }
}
