package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

/**
 * City signals over HTTP: the admin adopts the policy, a grid worker's organization reports a blocked fire lane,
 * the town files and dispatches it, the fire department signs for, handles and responds, the town verifies and
 * closes; replays, repeats, points outside every grid and bad input on the way.
 */
class CaseApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final String IN_M001 = "{\"longitude\":121.245,\"latitude\":31.375}";
    private TestServer server;
    private String nanxiang;
    private String malu;
    private String beiguan;
    private String fire;
    private String urban;

    @BeforeEach
    void scene() {
        server = TestServer.onMemory();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        nanxiang = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        malu = server.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district).get("id").asText();
        beiguan = server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang).get("id").asText();
        fire = server.register("DEPARTMENT_PARTY_BODY", "区消防救援支队党委", district).get("id").asText();
        urban = server.register("DEPARTMENT_PARTY_BODY", "区城管执法局党组", district).get("id").asText();
        var plan = server.admin().post("/api/v1/grid-plans", "{\"townId\":\"" + nanxiang + "\",\"townCode\":\"NX\","
                + "\"on\":\"2023-03-01\",\"territory\":" + square(121.24, 121.26) + ",\"grids\":{\"type\":"
                + "\"FeatureCollection\",\"features\":[" + feature("NX-A01", null, square(121.24, 121.26)) + ","
                + feature("NX-V01", "NX-A01", square(121.24, 121.26)) + ","
                + feature("NX-M001", "NX-V01", square(121.24, 121.25)) + ","
                + feature("NX-M002", "NX-V01", square(121.25, 121.26)) + "]}}");
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String square(double west, double east) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + ",31.37],[" + east + ",31.37],[" + east + ",31.38],["
                + west + ",31.38],[" + west + ",31.37]]]}";
    }

    private String feature(String code, String parent, String geometry) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{\"code\":\"" + code
                + "\",\"name\":\"" + code + "网格\"" + (parent == null ? "" : ",\"parentCode\":\"" + parent + "\"")
                + ",\"responsibleOrganizationId\":\"" + (parent == null ? nanxiang : beiguan) + "\"}}";
    }

    private String policy() {
        return "{\"categories\":[{\"code\":\"FIRE_LANE\",\"nameZh\":\"消防通道堵塞\",\"nameEn\":\"Blocked fire lane\","
                + "\"departmentId\":\"" + fire + "\",\"urgency\":\"URGENT\",\"toSignFor\":{\"amount\":2,\"unit\":\"HOURS\"},"
                + "\"toRespond\":{\"amount\":3,\"unit\":\"WORKING_DAYS\"},\"repeatWindowHours\":24,\"repeatMetres\":100},"
                + "{\"code\":\"WATERLOGGING\",\"nameZh\":\"道路积水\",\"nameEn\":\"Waterlogging\",\"departmentId\":\""
                + urban + "\",\"urgency\":\"HIGH\",\"toSignFor\":{\"amount\":4,\"unit\":\"HOURS\"},\"toRespond\":"
                + "{\"amount\":24,\"unit\":\"HOURS\"},\"repeatWindowHours\":6,\"repeatMetres\":200}],"
                + "\"calendar\":{\"holidays\":[\"2026-10-01\"],\"makeUpWorkingDays\":[\"2026-09-27\"]},"
                + "\"shortBoard\":{\"cases\":5,\"days\":30}}";
    }

    private static String signal(String category, String location, String description) {
        return "{\"source\":\"PATROL\",\"category\":\"" + category + "\",\"location\":" + location
                + ",\"address\":\"古猗园路 88 号\",\"description\":\"" + description + "\","
                + "\"photos\":[\"https://photos.example.cn/a.jpg\"]}";
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private ApiClient.Response step(ApiClient client, String id, String action, String body) {
        String etag = server.admin().get("/api/v1/cases/" + id).header("ETag");
        return client.post("/api/v1/cases/" + id + "/" + action, body, "If-Match", etag);
    }

    @Test
    void the_admin_adopts_the_policy_once_and_revises_it_whole_with_departments_named() {
        problem(server.admin().get("/api/v1/case-policy"), 404, "not-found");
        problem(server.clientFor(nanxiang, "OPERATOR").post("/api/v1/case-policy", policy()), 403, "forbidden");

        var adopted = server.admin().post("/api/v1/case-policy", policy());
        valid("POST", "/api/v1/case-policy", adopted);
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
        assertThat(adopted.header("ETag")).isEqualTo("\"1\"");
        var read = server.clientFor(malu, "READER").get("/api/v1/case-policy");
        valid("GET", "/api/v1/case-policy", read);
        var fireLane = read.json().get("categories").get(0);
        assertThat(fireLane.get("departmentName").asText()).isEqualTo("区消防救援支队党委");
        assertThat(fireLane.get("urgencyZh").asText()).isEqualTo("紧急");
        assertThat(fireLane.get("toRespond").get("unit").asText()).isEqualTo("WORKING_DAYS");
        assertThat(read.json().get("calendar").get("holidays").get(0).asText()).isEqualTo("2026-10-01");
        problem(server.admin().post("/api/v1/case-policy", policy()), 409, "case-policy-exists");

        var revised = server.admin().post("/api/v1/case-policy/revise", policy().replace("\"cases\":5", "\"cases\":6"),
                "If-Match", "\"1\"");
        valid("POST", "/api/v1/case-policy/revise", revised);
        assertThat(revised.json().get("shortBoard").get("cases").asInt()).isEqualTo(6);
        problem(server.admin().post("/api/v1/case-policy/revise", policy(), "If-Match", "\"1\""), 412,
                "stale-version");
        var mistyped = server.admin().post("/api/v1/case-policy/revise", policy().replace("\"amount\":2,",
                "\"amount\":\"2\","), "If-Match", "\"2\"");
        problem(mistyped, 400, "invalid-request-body");
        assertThat(mistyped.body()).as(mistyped.body()).contains("categories[0].toSignFor.amount");
        var bad = server.admin().post("/api/v1/case-policy/revise", policy().replace("\"URGENT\"", "\"SOON\"")
                .replace("2026-10-01", "10/1").replace("2026-09-27", "2026-09-28"), "If-Match", "\"2\"");
        problem(bad, 400, "invalid-value");
        assertThat(bad.body()).contains("categories[0].urgency", "calendar.holidays");
        assertThat(server.admin().get("/api/v1/case-policy").header("ETag")).as("nothing changed").isEqualTo("\"2\"");
    }

    @Test
    void a_signal_becomes_a_case_routed_to_its_micro_grid_town_and_department_and_a_replay_is_the_same_case() {
        server.admin().post("/api/v1/case-policy", policy());
        var patrol = server.clientFor(beiguan, "OPERATOR");

        var created = patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "消防通道被车辆占用"),
                "Idempotency-Key", "NX-PATROL-0001");
        valid("POST", "/api/v1/signals", created);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("outcome").asText()).isEqualTo("NEW_CASE");
        var c = created.json().get("cityCase").get("cityCase");
        assertThat(created.header("Location")).isEqualTo("/api/v1/cases/" + c.get("id").asText());
        assertThat(c.get("microGridCode").asText()).isEqualTo("NX-M001");
        assertThat(c.get("answeringGridCode").asText()).isEqualTo("NX-M001");
        assertThat(c.get("townName").asText()).isEqualTo("南翔镇党委");
        assertThat(c.get("departmentName").asText()).isEqualTo("区消防救援支队党委");
        assertThat(c.get("categoryName").asText()).isEqualTo("消防通道堵塞");
        assertThat(c.get("statusZh").asText()).isEqualTo("已受理");
        assertThat(c.get("sourceZh").asText()).isEqualTo("网格巡查");

        var retried = patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "消防通道被车辆占用"),
                "Idempotency-Key", "NX-PATROL-0001");
        assertThat(retried.json().get("cityCase").get("cityCase").get("id")).isEqualTo(c.get("id"));
        var fromTown = server.clientFor(nanxiang, "OPERATOR").post("/api/v1/signals",
                signal("FIRE_LANE", IN_M001, "消防通道被车辆占用"), "Idempotency-Key", "NX-PATROL-0001");
        valid("POST", "/api/v1/signals", fromTown);
        assertThat(fromTown.status()).isEqualTo(200);
        assertThat(fromTown.json().get("outcome").asText()).isEqualTo("ALREADY_RECEIVED");
        assertThat(fromTown.json().get("cityCase").get("cityCase").get("id")).isEqualTo(c.get("id"));
        var reused = server.clientFor(nanxiang, "OPERATOR").post("/api/v1/signals",
                signal("WATERLOGGING", IN_M001, "道路积水"), "Idempotency-Key", "NX-PATROL-0001");
        problem(reused, 422, "signal-event-id-reused");

        var repeat = patrol.post("/api/v1/signals", signal("FIRE_LANE", "{\"longitude\":121.2451,\"latitude\":31.375}",
                "消防通道又被占用"), "Idempotency-Key", "NX-PATROL-0002");
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(repeat.json().get("cityCase").get("cityCase").get("duplicates").asInt()).isEqualTo(1);
        assertThat(server.admin().get("/api/v1/cases").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(server.admin().get("/api/v1/audit?aggregateId=" + c.get("id").asText()).json().get("totalItems").asInt())
                .as("received, then joined: one entry each").isEqualTo(2);
    }

    @Test
    void bad_signals_get_a_clear_problem_and_leave_no_case() {
        var patrol = server.clientFor(beiguan, "OPERATOR");
        problem(patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用"), "Idempotency-Key", "E-0"), 409,
                "no-case-policy");
        server.admin().post("/api/v1/case-policy", policy());

        var noKey = patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用"));
        problem(noKey, 400, "invalid-value");
        assertThat(noKey.body()).contains("Idempotency-Key");
        var unknown = patrol.post("/api/v1/signals", signal("SMOKE", IN_M001, "冒烟"), "Idempotency-Key", "E-1");
        problem(unknown, 400, "invalid-value");
        assertThat(unknown.body()).contains("\"field\":\"category\"", "SMOKE");
        var malformed = patrol.post("/api/v1/signals", signal("FIRE_LANE", "{\"longitude\":\"east\",\"latitude\":31.3}",
                "占用"), "Idempotency-Key", "E-2");
        problem(malformed, 400, "invalid-request-body");
        assertThat(malformed.body()).contains("location.longitude");
        problem(patrol.post("/api/v1/signals", signal("FIRE_LANE", "{\"longitude\":2.35,\"latitude\":48.85}", "占用"),
                "Idempotency-Key", "E-3"), 400, "invalid-value");
        problem(patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "长".repeat(2_001)), "Idempotency-Key",
                "E-4"), 400, "invalid-value");
        problem(patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用").replace("https://", "ftp://"),
                "Idempotency-Key", "E-5"), 400, "invalid-value");
        problem(patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用").replace("PATROL", "RUMOUR"),
                "Idempotency-Key", "E-6"), 400, "invalid-value");
        problem(server.clientFor(beiguan, "READER").post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用"),
                "Idempotency-Key", "E-7"), 403, "forbidden");
        assertThat(server.admin().get("/api/v1/cases").json().get("totalItems").asInt()).isZero();
    }

    @Test
    void the_loop_closes_with_each_step_taken_by_its_own_organization_and_shown_in_chinese_history() {
        server.admin().post("/api/v1/case-policy", policy());
        var town = server.clientFor(nanxiang, "OPERATOR");
        var department = server.clientFor(fire, "OPERATOR");
        String id = server.clientFor(beiguan, "OPERATOR").post("/api/v1/signals", signal("FIRE_LANE", IN_M001,
                "消防通道被车辆占用"), "Idempotency-Key", "L-1").json().get("cityCase").get("cityCase").get("id").asText();

        problem(step(department, id, "file", ""), 403, "forbidden");
        problem(town.post("/api/v1/cases/" + id + "/file", ""), 428, "precondition-required");
        var filed = step(town, id, "file", "");
        valid("POST", "/api/v1/cases/{id}/file", filed);
        assertThat(filed.json().get("cityCase").get("status").asText()).isEqualTo("FILED");
        problem(town.post("/api/v1/cases/" + id + "/dispatch", "{}", "If-Match", "\"1\""), 412, "stale-version");
        var dispatched = step(town, id, "dispatch", "{}");
        valid("POST", "/api/v1/cases/{id}/dispatch", dispatched);
        assertThat(dispatched.json().get("cityCase").get("dueAt").isTextual()).isTrue();
        problem(step(server.clientFor(urban, "OPERATOR"), id, "sign-for", ""), 403, "forbidden");
        valid("POST", "/api/v1/cases/{id}/sign-for", step(department, id, "sign-for", ""));
        valid("POST", "/api/v1/cases/{id}/start-handling", step(department, id, "start-handling", ""));
        var closeTooEarly = step(town, id, "close", "");
        problem(closeTooEarly, 409, "case-lifecycle");
        valid("POST", "/api/v1/cases/{id}/respond", step(department, id, "respond",
                "{\"answer\":\"已联系车主挪车，通道畅通\",\"photos\":[\"https://photos.example.cn/b.jpg\"]}"));
        problem(step(department, id, "verify", "{\"passed\":true}"), 403, "forbidden");
        problem(step(town, id, "verify", "{}"), 400, "invalid-value");
        var failed = step(town, id, "verify", "{\"passed\":false,\"finding\":\"仍有车辆停放\"}");
        assertThat(failed.json().get("cityCase").get("status").asText()).isEqualTo("VERIFY_FAILED");
        step(department, id, "start-handling", "");
        step(department, id, "respond", "{\"answer\":\"已拖离车辆\"}");
        valid("POST", "/api/v1/cases/{id}/verify", step(town, id, "verify", "{\"passed\":true}"));
        var closed = step(town, id, "close", "");
        valid("POST", "/api/v1/cases/{id}/close", closed);

        var read = server.clientFor(malu, "READER").get("/api/v1/cases/" + id);
        valid("GET", "/api/v1/cases/{id}", read);
        var history = read.json().get("history");
        assertThat(history.findValuesAsText("actionZh")).containsExactly("受理", "立案", "派遣", "签收", "开始处置",
                "处置反馈", "核查未通过", "开始处置", "处置反馈", "核查通过", "结案");
        assertThat(history.get(3).get("byName").asText()).isEqualTo("区消防救援支队党委");
        assertThat(history.get(6).get("note").asText()).isEqualTo("仍有车辆停放");
        assertThat(read.json().get("cityCase").get("statusZh").asText()).isEqualTo("已结案");
        assertThat(read.json().get("cityCase").get("handlerName").asText()).isEqualTo("区消防救援支队党委");
        assertThat(server.admin().get("/api/v1/audit?aggregateId=" + id).json().get("totalItems").asInt())
                .as("one entry per write").isEqualTo(11);
    }

    @Test
    void a_department_returns_a_case_and_a_town_suspends_one_and_queues_list_by_status_town_and_overdue() {
        server.admin().post("/api/v1/case-policy", policy());
        var town = server.clientFor(nanxiang, "OPERATOR");
        var patrol = server.clientFor(beiguan, "OPERATOR");
        String water = patrol.post("/api/v1/signals", signal("WATERLOGGING", IN_M001, "道路积水"), "Idempotency-Key",
                "Q-1").json().get("cityCase").get("cityCase").get("id").asText();
        step(town, water, "file", "");
        step(town, water, "dispatch", "");
        problem(step(server.clientFor(urban, "OPERATOR"), water, "return", "{}"), 400, "invalid-value");
        var returned = step(server.clientFor(urban, "OPERATOR"), water, "return", "{\"reason\":\"属排水公司职责\"}");
        valid("POST", "/api/v1/cases/{id}/return", returned);
        assertThat(returned.json().get("cityCase").get("returns").asInt()).isEqualTo(1);
        var redispatched = step(town, water, "dispatch", "{\"departmentId\":\"" + fire + "\"}");
        assertThat(redispatched.json().get("cityCase").get("departmentName").asText()).isEqualTo("区消防救援支队党委");
        valid("POST", "/api/v1/cases/{id}/suspend", step(town, water, "suspend", "{\"reason\":\"等待排水泵到位\"}"));
        valid("POST", "/api/v1/cases/{id}/resume", step(town, water, "resume", ""));

        var outside = patrol.post("/api/v1/signals", signal("FIRE_LANE", "{\"longitude\":121.40,\"latitude\":31.20}",
                "消防通道堵塞"), "Idempotency-Key", "Q-2");
        assertThat(outside.status()).as("outside every grid: filed, not refused").isEqualTo(201);
        assertThat(outside.json().get("cityCase").get("cityCase").get("townId").isNull()).isTrue();
        String outsideId = outside.json().get("cityCase").get("cityCase").get("id").asText();
        problem(step(town, outsideId, "file", "{\"townId\":\"" + nanxiang + "\"}"), 403, "forbidden");
        var filed = step(server.admin(), outsideId, "file", "{\"townId\":\"" + malu + "\"}");
        assertThat(filed.json().get("cityCase").get("townName").asText()).isEqualTo("马陆镇党委");
        var invalid = step(server.clientFor(malu, "OPERATOR"), outsideId, "invalidate", "{\"reason\":\"重复登记\"}");
        valid("POST", "/api/v1/cases/{id}/invalidate", invalid);

        var reader = server.clientFor(malu, "READER");
        var list = reader.get("/api/v1/cases?townId=" + nanxiang);
        valid("GET", "/api/v1/cases", list);
        assertThat(list.json().get("items").findValuesAsText("id")).containsExactly(water);
        assertThat(reader.get("/api/v1/cases?status=INVALID").json().get("items").findValuesAsText("id"))
                .containsExactly(outsideId);
        assertThat(reader.get("/api/v1/cases?departmentId=" + fire + "&category=WATERLOGGING").json()
                .get("totalItems").asInt()).isEqualTo(1);
        assertThat(reader.get("/api/v1/cases?overdue=true").json().get("totalItems").asInt()).isZero();
        String later = Instant.now().plus(Duration.ofHours(5)).toString();
        var overdue = reader.get("/api/v1/cases?overdue=true&asOf=" + later);
        assertThat(overdue.json().get("items").findValuesAsText("id")).containsExactly(water);
        assertThat(overdue.json().get("items").get(0).get("overdue").asBoolean()).isTrue();
        problem(reader.get("/api/v1/cases?status=LOST"), 400, "invalid-value");
        problem(reader.get("/api/v1/cases?asOf=tomorrow"), 400, "invalid-value");
        problem(reader.get("/api/v1/cases/" + java.util.UUID.randomUUID()), 404, "not-found");
    }

    @Test
    void a_queue_is_searched_by_what_a_case_says() {
        server.admin().post("/api/v1/case-policy", policy());
        var patrol = server.clientFor(beiguan, "OPERATOR");
        assertThat(patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "消防通道被车辆占用"),
                "Idempotency-Key", "NX-Q-1").status()).isEqualTo(201);
        assertThat(patrol.post("/api/v1/signals", signal("WATERLOGGING", IN_M001, "雨后道路积水"),
                "Idempotency-Key", "NX-Q-2").status()).isEqualTo(201);

        var fire = server.admin().get("/api/v1/cases?q=" + java.net.URLEncoder.encode("消防 通道",
                java.nio.charset.StandardCharsets.UTF_8));
        valid("GET", "/api/v1/cases", fire);
        assertThat(fire.json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(fire.json().get("items").findValuesAsText("categoryName")).containsExactly("消防通道堵塞");
        assertThat(server.admin().get("/api/v1/cases?q=" + java.net.URLEncoder.encode("古猗园路",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("totalItems").asInt()).as("the address").isEqualTo(2);
        assertThat(server.admin().get("/api/v1/cases?category=FIRE_LANE&q=" + java.net.URLEncoder.encode("积水",
                java.nio.charset.StandardCharsets.UTF_8)).json().get("totalItems").asInt()).isZero();
        problem(server.admin().get("/api/v1/cases?q=" + "长".repeat(101)), 400, "invalid-value");
    }

    @Test
    void a_problem_of_the_loop_reads_in_chinese() {
        server.admin().post("/api/v1/case-policy", policy());
        var town = server.clientFor(nanxiang, "OPERATOR");
        String id = town.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用"), "Idempotency-Key", "Z-1")
                .json().get("cityCase").get("cityCase").get("id").asText();
        String etag = town.get("/api/v1/cases/" + id).header("ETag");
        var response = town.send(town.request("/api/v1/cases/" + id + "/close").header("Accept-Language", "zh-CN")
                .header("If-Match", etag).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        problem(response, 409, "case-lifecycle");
        assertThat(response.json().get("title").asText()).matches(".*[\\u4e00-\\u9fa5].*");
    }

    @Test
    void figures_by_town_grid_department_and_category_read_with_names_and_rates() {
        server.admin().post("/api/v1/case-policy", policy());
        var town = server.clientFor(nanxiang, "OPERATOR");
        var department = server.clientFor(fire, "OPERATOR");
        var patrol = server.clientFor(beiguan, "OPERATOR");
        String closed = patrol.post("/api/v1/signals", signal("FIRE_LANE", IN_M001, "占用"), "Idempotency-Key", "FG-1")
                .json().get("cityCase").get("cityCase").get("id").asText();
        step(town, closed, "file", "");
        step(town, closed, "dispatch", "");
        step(department, closed, "sign-for", "");
        step(department, closed, "start-handling", "");
        step(department, closed, "respond", "{\"answer\":\"已处置\"}");
        step(town, closed, "verify", "{\"passed\":true}");
        step(town, closed, "close", "");
        String open = patrol.post("/api/v1/signals", signal("WATERLOGGING", IN_M001, "积水"), "Idempotency-Key", "FG-2")
                .json().get("cityCase").get("cityCase").get("id").asText();
        step(town, open, "file", "");
        step(town, open, "dispatch", "");

        var reader = server.clientFor(malu, "READER");
        var byTown = reader.get("/api/v1/case-figures?by=town");
        valid("GET", "/api/v1/case-figures", byTown);
        var row = byTown.json().get("rows").get(0);
        assertThat(row.get("name").asText()).isEqualTo("南翔镇党委");
        assertThat(row.get("received").asInt()).isEqualTo(2);
        assertThat(row.get("closed").asInt()).isEqualTo(1);
        assertThat(row.get("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(row.get("medianHoursToClose").isNumber()).isTrue();
        String later = Instant.now().plus(Duration.ofHours(5)).toString();
        var judgedLater = reader.get("/api/v1/case-figures?by=category&asOf=" + later);
        assertThat(judgedLater.json().get("rows").findValuesAsText("name")).containsExactly("消防通道堵塞", "道路积水");
        assertThat(judgedLater.json().get("rows").get(1).get("openPastLimit").asInt()).isEqualTo(1);
        assertThat(reader.get("/api/v1/case-figures?by=grid").json().get("rows").get(0).get("name").asText())
                .isEqualTo("NX-V01");
        assertThat(reader.get("/api/v1/case-figures?by=department").json().get("rows")).hasSize(2);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        assertThat(reader.get("/api/v1/case-figures?by=town&from=" + today + "&to=" + today).json().get("rows"))
                .hasSize(1);
        assertThat(reader.get("/api/v1/case-figures?by=town&to=2023-04-04").json().get("rows")).isEmpty();
        problem(reader.get("/api/v1/case-figures"), 400, "invalid-value");
        problem(reader.get("/api/v1/case-figures?by=street"), 400, "invalid-value");
        problem(reader.get("/api/v1/case-figures?by=town&from=2023-04-05&to=2023-04-04"), 400, "invalid-value");
    }

    @Test
    void five_blocked_fire_lanes_in_one_village_grid_raise_a_short_board_problem_listed_for_its_committee() {
        server.admin().post("/api/v1/case-policy", policy());
        var patrol = server.clientFor(beiguan, "OPERATOR");
        double[] apart = {121.241, 121.245, 121.249, 121.253, 121.257};
        for (int i = 0; i < apart.length; i++) {
            assertThat(patrol.post("/api/v1/signals", signal("FIRE_LANE", "{\"longitude\":" + apart[i]
                    + ",\"latitude\":31.375}", "占用"), "Idempotency-Key", "SB-" + i).status()).isEqualTo(201);
        }
        var listed = server.clientFor(malu, "READER").get("/api/v1/short-board-problems?townId=" + nanxiang);
        valid("GET", "/api/v1/short-board-problems", listed);
        var problem = listed.json().get("items").get(0);
        assertThat(problem.get("villageGridCode").asText()).isEqualTo("NX-V01");
        assertThat(problem.get("cases").asInt()).isEqualTo(5);
        assertThat(problem.get("categoryName").asText()).isEqualTo("消防通道堵塞");
        assertThat(problem.get("problem").asText()).contains("短板");
        assertThat(problem.get("agendaLink").asText()).isEqualTo("short-board:" + problem.get("id").asText());
        assertThat(server.admin().get("/api/v1/short-board-problems?category=WATERLOGGING").json().get("totalItems")
                .asInt()).isZero();
        problem(server.admin().get("/api/v1/short-board-problems?committeeId=x"), 400, "invalid-value");
    }
}
