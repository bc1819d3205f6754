package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

/**
 * An Open311 GeoReport v2 client files and follows city cases: the services are the categories, a request is a
 * case, open or closed, with its department as the agency responsible; errors are the specification's list.
 */
class Open311ApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final String BASE = "/open311/v2";
    private TestServer server;
    private String nanxiang;
    private String fire;
    private String operatorKey;
    private String readerKey;

    @BeforeEach
    void scene() {
        server = TestServer.onMemory();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        nanxiang = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        String beiguan = server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang).get("id")
                .asText();
        fire = server.register("DEPARTMENT_PARTY_BODY", "区消防救援支队党委", district).get("id").asText();
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[121.24,31.37],[121.26,31.37],[121.26,31.38],"
                + "[121.24,31.38],[121.24,31.37]]]}";
        assertThat(server.admin().post("/api/v1/grid-plans", "{\"townId\":\"" + nanxiang + "\",\"townCode\":\"NX\","
                + "\"on\":\"2023-03-01\",\"territory\":" + square + ",\"grids\":{\"type\":\"FeatureCollection\","
                + "\"features\":[{\"type\":\"Feature\",\"geometry\":" + square + ",\"properties\":{\"code\":\"NX-A01\","
                + "\"name\":\"片区\",\"responsibleOrganizationId\":\"" + nanxiang + "\"}}]}}").status()).isEqualTo(201);
        operatorKey = token(beiguan, "OPERATOR");
        readerKey = token(beiguan, "READER");
    }

    private String token(String organization, String role) {
        return server.admin().post("/api/v1/tokens", "{\"organizationId\":\"" + organization + "\",\"role\":\"" + role
                + "\",\"label\":\"open311 app\"}").json().get("secret").asText();
    }

    private void adoptPolicy() {
        var adopted = server.admin().post("/api/v1/case-policy", "{\"categories\":[{\"code\":\"FIRE_LANE\","
                + "\"nameZh\":\"消防通道堵塞\",\"nameEn\":\"Blocked fire lane\",\"departmentId\":\"" + fire + "\","
                + "\"urgency\":\"URGENT\",\"toSignFor\":{\"amount\":2,\"unit\":\"HOURS\"},\"toRespond\":{\"amount\":3,"
                + "\"unit\":\"WORKING_DAYS\"},\"repeatWindowHours\":0,\"repeatMetres\":0}],\"calendar\":{},"
                + "\"shortBoard\":{\"cases\":5,\"days\":30}}");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiClient.Response file(Map<String, String> form, String... headers) {
        var client = server.anonymous();
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var request = client.request(BASE + "/requests.json")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request);
    }

    private Map<String, String> fireLane() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", operatorKey);
        form.put("service_code", "FIRE_LANE");
        form.put("lat", "31.375");
        form.put("long", "121.245");
        form.put("address_string", "古猗园路 88 号");
        form.put("description", "小区消防通道被车辆长期占用");
        form.put("media_url", "https://photos.example.cn/fire-lane.jpg");
        form.put("email", "resident@example.cn");
        return form;
    }

    private static void open311Error(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().isArray()).isTrue();
        assertThat(response.json().get(0).get("code").asInt()).isEqualTo(status);
        assertThat(response.json().get(0).get("description").asText()).isNotBlank();
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    @Test
    void the_services_are_the_policys_categories_with_their_departments_and_limits() {
        var none = server.anonymous().get(BASE + "/services.json");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json()).as("no policy yet: no service").isEmpty();
        adoptPolicy();

        var services = server.anonymous().get(BASE + "/services.json?jurisdiction_id=jiading.gov.cn");
        valid("GET", BASE + "/services.json", services);
        var service = services.json().get(0);
        assertThat(service.get("service_code").asText()).isEqualTo("FIRE_LANE");
        assertThat(service.get("service_name").asText()).isEqualTo("消防通道堵塞");
        assertThat(service.get("group").asText()).isEqualTo("区消防救援支队党委");
        assertThat(service.get("metadata").asBoolean()).isFalse();
        assertThat(service.get("type").asText()).isEqualTo("realtime");
        assertThat(service.get("description").asText()).contains("2 小时", "3 个工作日");
        var definition = server.anonymous().get(BASE + "/services/FIRE_LANE.json");
        valid("GET", BASE + "/services/{serviceCode}.json", definition);
        assertThat(definition.json().get("attributes")).isEmpty();
        open311Error(server.anonymous().get(BASE + "/services/SMOKE.json"), 404);
        open311Error(server.anonymous().get(BASE + "/services.json?format=xml"), 400);
    }

    @Test
    void a_client_files_a_request_with_its_api_key_and_follows_it_to_closed() {
        adoptPolicy();
        var filed = file(fireLane(), "Idempotency-Key", "app-42");
        valid("POST", BASE + "/requests.json", filed);
        assertThat(filed.status()).as(filed.body()).isEqualTo(200);
        String id = filed.json().get(0).get("service_request_id").asText();
        assertThat(filed.json().get(0).get("service_notice").asText()).contains("区消防救援支队党委");
        assertThat(file(fireLane(), "Idempotency-Key", "app-42").json().get(0).get("service_request_id").asText())
                .as("a retry with its key is the same request").isEqualTo(id);

        var one = server.anonymous().get(BASE + "/requests/" + id + ".json");
        valid("GET", BASE + "/requests/{id}.json", one);
        var request = one.json().get(0);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("service_code").asText()).isEqualTo("FIRE_LANE");
        assertThat(request.get("service_name").asText()).isEqualTo("消防通道堵塞");
        assertThat(request.get("agency_responsible").asText()).isEqualTo("区消防救援支队党委");
        assertThat(request.get("requested_datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        assertThat(request.get("lat").asDouble()).isEqualTo(31.375);
        assertThat(request.get("long").asDouble()).isEqualTo(121.245);
        assertThat(request.get("media_url").asText()).isEqualTo("https://photos.example.cn/fire-lane.jpg");
        assertThat(request.get("address").asText()).isEqualTo("古猗园路 88 号");
        assertThat(request.toString()).as("the resident's e-mail is not kept").doesNotContain("resident@example.cn");

        var admin = server.admin();
        String etag = admin.get("/api/v1/cases/" + id).header("ETag");
        var invalid = admin.post("/api/v1/cases/" + id + "/invalidate", "{\"reason\":\"车辆已驶离\"}", "If-Match", etag);
        assertThat(invalid.status()).isEqualTo(200);
        var closed = server.anonymous().get(BASE + "/requests/" + id + ".json").json().get(0);
        assertThat(closed.get("status").asText()).isEqualTo("closed");
        assertThat(closed.get("status_notes").asText()).isEqualTo("不予立案：车辆已驶离");
        assertThat(closed.get("updated_datetime").asText()).matches(".*\\+08:00");
        assertThat(closed.get("expected_datetime").isNull()).as("closed: nothing more is expected").isTrue();
        open311Error(server.anonymous().get(BASE + "/requests/" + java.util.UUID.randomUUID() + ".json"), 404);
        open311Error(server.anonymous().get(BASE + "/requests/not-an-id.json"), 404);
    }

    @Test
    void a_request_without_a_valid_key_a_known_service_or_a_point_is_refused_in_the_specifications_terms() {
        adoptPolicy();
        var noKey = fireLane();
        noKey.remove("api_key");
        open311Error(file(noKey), 403);
        var wrongKey = fireLane();
        wrongKey.put("api_key", "rh_not-a-token-anyone-issued");
        open311Error(file(wrongKey), 403);
        var reader = fireLane();
        reader.put("api_key", readerKey);
        open311Error(file(reader), 403);
        var unknown = fireLane();
        unknown.put("service_code", "SMOKE");
        open311Error(file(unknown), 404);
        var noService = fireLane();
        noService.remove("service_code");
        open311Error(file(noService), 400);
        var addressOnly = fireLane();
        addressOnly.remove("lat");
        addressOnly.remove("long");
        var refused = file(addressOnly);
        open311Error(refused, 400);
        assertThat(refused.json().get(0).get("description").asText()).contains("lat and long");
        var badLat = fireLane();
        badLat.put("lat", "north");
        open311Error(file(badLat), 400);
        var abroad = fireLane();
        abroad.put("lat", "48.85");
        abroad.put("long", "2.35");
        var outside = file(abroad);
        open311Error(outside, 400);
        assertThat(outside.json().get(0).get("description").asText()).startsWith("lat/long");
        var tooLong = fireLane();
        tooLong.put("description", "长".repeat(4_001));
        open311Error(file(tooLong), 400);
        assertThat(server.admin().get("/api/v1/cases").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void a_request_whose_arguments_come_in_the_address_is_refused_in_the_specifications_terms_and_files_nothing() {
        adoptPolicy();
        var client = server.anonymous();
        String form = "service_code=FIRE_LANE&lat=31.375&long=121.245&description=" + URLEncoder.encode("消防通道被占",
                StandardCharsets.UTF_8);
        var refused = client.send(client.request(BASE + "/requests.json?api_key=" + operatorKey)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        open311Error(refused, 400);
        assertThat(refused.json().get(0).get("description").asText()).contains("api_key", "form body");
        valid("POST", "/open311/v2/requests.json", refused);
        assertThat(server.admin().get("/api/v1/cases").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void requests_are_listed_in_a_window_of_at_most_90_days_by_service_status_and_id() {
        adoptPolicy();
        String first = file(fireLane()).json().get(0).get("service_request_id").asText();
        String second = file(fireLane()).json().get(0).get("service_request_id").asText();
        String etag = server.admin().get("/api/v1/cases/" + first).header("ETag");
        server.admin().post("/api/v1/cases/" + first + "/invalidate", "{\"reason\":\"重复\"}", "If-Match", etag);

        var all = server.anonymous().get(BASE + "/requests.json");
        valid("GET", BASE + "/requests.json", all);
        assertThat(all.json().findValuesAsText("service_request_id")).containsExactly(second, first);
        assertThat(server.anonymous().get(BASE + "/requests.json?status=open").json()
                .findValuesAsText("service_request_id")).containsExactly(second);
        assertThat(server.anonymous().get(BASE + "/requests.json?status=closed&service_code=FIRE_LANE").json()
                .findValuesAsText("service_request_id")).containsExactly(first);
        assertThat(server.anonymous().get(BASE + "/requests.json?status=open,closed&service_code=WATERLOGGING")
                .json()).isEmpty();
        assertThat(server.anonymous().get(BASE + "/requests.json?service_request_id=" + first + ","
                + java.util.UUID.randomUUID() + "&status=open").json().findValuesAsText("service_request_id"))
                .as("ids override the other arguments").containsExactly(first);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String longAgo = Instant.now().minus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertThat(server.anonymous().get(BASE + "/requests.json?end_date=" + longAgo).json()).isEmpty();
        open311Error(server.anonymous().get(BASE + "/requests.json?start_date=" + longAgo + "&end_date=" + now), 400);
        open311Error(server.anonymous().get(BASE + "/requests.json?start_date=yesterday"), 400);
        open311Error(server.anonymous().get(BASE + "/requests.json?status=fixed"), 400);
        open311Error(server.anonymous().get(BASE + "/requests.json?page=2"), 400);
    }
}
