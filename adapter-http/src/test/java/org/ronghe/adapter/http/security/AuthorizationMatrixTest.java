package org.ronghe.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;
import org.ronghe.adapter.http.support.ApiRoute;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every route × every role, each aimed at an object owned by another organization: the ADMIN of the
 * district may, an OPERATOR or READER of town A may only read what is open to every caller, never
 * change town B's things, never touch tokens or the audit trail. Without a token: 401; with a
 * token of the wrong kind: 403; never a 2xx where the rule says no.
 */
class AuthorizationMatrixTest {

    private static TestServer server;
    private static String townA;
    private static String townB;
    private static String townC;
    private static String unitOfB;
    private static String districtId;
    private static String department;
    private static Map<String, ApiClient> callers;

    /** One request per route, aimed at town B's things, from the given client. */
    private static final Map<String, Function<ApiClient, ApiClient.Response>> REQUESTS = new LinkedHashMap<>();
    /** Which roles a route lets through on another organization's object. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    private static void scenario(String route, Set<String> allowed, Function<ApiClient, ApiClient.Response> request) {
        REQUESTS.put(route, request);
        ALLOWED.put(route, allowed);
    }

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
        var district = server.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null).get("id").asText();
        townA = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        townB = server.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district).get("id").asText();
        townC = server.register("TOWN_PARTY_COMMITTEE", "嘉定工业区党工委", district).get("id").asText();
        unitOfB = server.register("REGIONAL_UNIT", "马陆某研究院", townB).get("id").asText();
        districtId = district;
        department = server.register("DEPARTMENT_PARTY_BODY", "区交通委党组", district).get("id").asText();
        assertThat(server.admin().post("/api/v1/project-domains", "{\"code\":\"road\",\"name\":\"路域\"}").status())
                .isEqualTo(201);
        assertThat(server.admin().post("/api/v1/committees", "{\"tier\":\"DISTRICT_PROMOTION\",\"name\":\"推进委员会\","
                + "\"plannedOn\":\"2022-03-01\"}").status()).isEqualTo(201);
        callers = new LinkedHashMap<>();
        callers.put("ADMIN", server.clientFor(district, "ADMIN"));
        callers.put("OPERATOR", server.clientFor(townA, "OPERATOR"));
        callers.put("READER", server.clientFor(townA, "READER"));

        Set<String> everyone = Set.of("ADMIN", "OPERATOR", "READER");
        Set<String> admins = Set.of("ADMIN");
        scenario("POST /api/v1/organizations", admins, c -> c.post("/api/v1/organizations",
                "{\"kind\":\"VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION\",\"name\":\"村" + System.nanoTime()
                        + "\",\"parentId\":\"" + townB + "\"}"));
        scenario("GET /api/v1/organizations", everyone, c -> c.get("/api/v1/organizations?parentId=" + townB));
        scenario("GET /api/v1/organizations/{id}", everyone, c -> c.get("/api/v1/organizations/" + village()));
        scenario("POST /api/v1/organizations/{id}/rename", admins, c -> c.post("/api/v1/organizations/" + village()
                + "/rename", "{\"name\":\"改名" + System.nanoTime() + "\"}", "If-Match", "\"1\""));
        scenario("POST /api/v1/organizations/{id}/move", admins, c -> c.post("/api/v1/organizations/" + village()
                + "/move", "{\"parentId\":\"" + townB + "\"}", "If-Match", "\"1\""));
        scenario("POST /api/v1/organizations/{id}/retire", admins, c -> c.post("/api/v1/organizations/" + village()
                + "/retire", "", "If-Match", "\"1\""));
        scenario("POST /api/v1/tokens", admins, c -> c.post("/api/v1/tokens",
                "{\"organizationId\":\"" + townB + "\",\"role\":\"OPERATOR\"}"));
        scenario("GET /api/v1/tokens", admins, c -> c.get("/api/v1/tokens?organizationId=" + townB));
        scenario("GET /api/v1/tokens/{id}", admins, c -> c.get("/api/v1/tokens/" + tokenOfB()));
        scenario("POST /api/v1/tokens/{id}/revoke", admins, c -> c.post("/api/v1/tokens/" + tokenOfB() + "/revoke",
                "", "If-Match", "\"1\""));
        scenario("GET /api/v1/audit", admins, c -> c.get("/api/v1/audit?actor=" + townB));
        scenario("POST /api/v1/areas", admins, c -> c.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"片区"
                + System.nanoTime() + "\",\"towns\":[\"" + townB + "\"]}"));
        scenario("GET /api/v1/areas", everyone, c -> c.get("/api/v1/areas"));
        scenario("GET /api/v1/areas/{id}", everyone, c -> c.get("/api/v1/areas/" + area()));
        scenario("POST /api/v1/committees", admins, c -> c.post("/api/v1/committees", "{\"tier\":\"AREA\",\"name\":"
                + "\"融委会\",\"areaId\":\"" + area() + "\",\"plannedOn\":\"2022-03-01\"}"));
        scenario("GET /api/v1/committees", everyone, c -> c.get("/api/v1/committees?tier=AREA"));
        scenario("GET /api/v1/committees/{id}", everyone, c -> c.get("/api/v1/committees/" + committeeLedByB()[0]));
        scenario("POST /api/v1/committees/{id}/establish", admins, c -> {
            String[] committee = committeeLedByB();
            return c.post("/api/v1/committees/" + committee[0] + "/establish", "{\"on\":\"2022-09-01\"}",
                    "If-Match", committee[1]);
        });
        scenario("POST /api/v1/committees/{id}/chair", admins, c -> c.post("/api/v1/committees/" + freshCommittee()
                + "/chair", "{\"name\":\"张三\",\"position\":\"书记\",\"on\":\"2022-03-01\"}", "If-Match", "\"1\""));
        scenario("POST /api/v1/committees/{id}/members", admins, c -> {
            String[] committee = committeeLedByB();
            return c.post("/api/v1/committees/" + committee[0] + "/members", "{\"organizationId\":\"" + unitOfB
                    + "\",\"role\":\"PARTICIPATING\",\"since\":\"2022-03-01\"}", "If-Match", committee[1]);
        });
        scenario("POST /api/v1/committees/{id}/members/{organizationId}/role", admins, c -> {
            String[] committee = committeeLedByB();
            return c.post("/api/v1/committees/" + committee[0] + "/members/" + townB + "/role",
                    "{\"role\":\"COOPERATING\",\"on\":\"2022-06-01\"}", "If-Match", committee[1]);
        });
        scenario("POST /api/v1/committees/{id}/members/{organizationId}/end", admins, c -> {
            String[] committee = committeeLedByB();
            return c.post("/api/v1/committees/" + committee[0] + "/members/" + townB + "/end",
                    "{\"until\":\"2022-06-01\"}", "If-Match", committee[1]);
        });
        scenario("POST /api/v1/committees/{id}/rules", admins, c -> {
            String[] committee = committeeLedByB();
            return c.post("/api/v1/committees/" + committee[0] + "/rules", "{\"kind\":\"WORK_RULES\",\"title\":"
                    + "\"工作规则\",\"adoptedOn\":\"2022-03-01\"}", "If-Match", committee[1]);
        });
        scenario("POST /api/v1/committees/{id}/dissolve", admins, c -> c.post("/api/v1/committees/" + freshCommittee()
                + "/dissolve", "{\"on\":\"2024-01-01\"}", "If-Match", "\"1\""));
        scenario("GET /api/v1/organizations/{id}/seats", everyone, c -> c.get("/api/v1/organizations/" + townB
                + "/seats"));
        scenario("GET /api/v1/structure", everyone, c -> c.get("/api/v1/structure"));
        scenario("GET /api/v1/structure.mmd", everyone, c -> c.get("/api/v1/structure.mmd"));
        scenario("GET /api/v1/structure.dot", everyone, c -> c.get("/api/v1/structure.dot"));
        scenario("GET /api/v1/export", admins, c -> c.get("/api/v1/export"));
        scenario("POST /api/v1/project-domains", admins, c -> c.post("/api/v1/project-domains", "{\"code\":\"d"
                + System.nanoTime() + "\",\"name\":\"领域\"}"));
        scenario("GET /api/v1/project-domains", everyone, c -> c.get("/api/v1/project-domains"));
        scenario("POST /api/v1/projects", admins, c -> c.post("/api/v1/projects", projectBody()));
        scenario("GET /api/v1/projects", everyone, c -> c.get("/api/v1/projects?flagBearerId=" + department));
        scenario("GET /api/v1/projects/{id}", everyone, c -> c.get("/api/v1/projects/" + project(0)[0]));
        scenario("POST /api/v1/projects/{id}/sign", admins, c -> {
            String[] p = project(0);
            return c.post("/api/v1/projects/" + p[0] + "/sign", "{\"on\":\"2022-02-15\",\"signatoryIds\":[\""
                    + districtId + "\",\"" + department + "\"]}", "If-Match", p[1]);
        });
        scenario("POST /api/v1/projects/{id}/start", admins, c -> {
            String[] p = project(1);
            return c.post("/api/v1/projects/" + p[0] + "/start", "{\"on\":\"2022-03-01\"}", "If-Match", p[1]);
        });
        scenario("POST /api/v1/projects/{id}/progress", admins, c -> {
            String[] p = project(2);
            return c.post("/api/v1/projects/" + p[0] + "/progress", "{\"commitment\":1,\"status\":\"DONE\","
                    + "\"on\":\"2022-06-01\"}", "If-Match", p[1]);
        });
        scenario("POST /api/v1/projects/{id}/comments", admins, c -> {
            String[] p = project(2);
            return c.post("/api/v1/projects/" + p[0] + "/comments", "{\"text\":\"意见\",\"on\":\"2022-06-01\"}",
                    "If-Match", p[1]);
        });
        scenario("POST /api/v1/projects/{id}/complete", admins, c -> {
            String[] p = project(3);
            return c.post("/api/v1/projects/" + p[0] + "/complete", "{\"on\":\"2022-07-01\"}", "If-Match", p[1]);
        });
        scenario("POST /api/v1/projects/{id}/suspend", admins, c -> {
            String[] p = project(1);
            return c.post("/api/v1/projects/" + p[0] + "/suspend", "{\"reason\":\"暂停\",\"on\":\"2022-03-01\"}",
                    "If-Match", p[1]);
        });
        scenario("POST /api/v1/projects/{id}/resume", admins, c -> {
            String[] p = project(1);
            var suspended = server.admin().post("/api/v1/projects/" + p[0] + "/suspend", "{\"reason\":\"暂停\","
                    + "\"on\":\"2022-03-01\"}", "If-Match", p[1]);
            return c.post("/api/v1/projects/" + p[0] + "/resume", "{\"on\":\"2022-04-01\"}", "If-Match",
                    suspended.header("ETag"));
        });
        scenario("POST /api/v1/projects/{id}/cancel", admins, c -> {
            String[] p = project(0);
            return c.post("/api/v1/projects/" + p[0] + "/cancel", "{\"reason\":\"合并\",\"on\":\"2022-03-01\"}",
                    "If-Match", p[1]);
        });
        scenario("GET /api/v1/responsibility-map", everyone, c -> c.get("/api/v1/responsibility-map"));
        scenario("GET /api/v1/overdue-commitments", everyone, c -> c.get("/api/v1/overdue-commitments"));
        Set<String> nobody = Set.of();
        scenario("POST /api/v1/meetings", admins, c -> c.post("/api/v1/meetings", meetingBody(committeeLedByB()[0])));
        scenario("GET /api/v1/meetings", everyone, c -> c.get("/api/v1/meetings?mechanism=SPECIAL_DELIBERATION"));
        scenario("GET /api/v1/meetings/{id}", everyone, c -> c.get("/api/v1/meetings/" + meeting(0)[0]));
        scenario("POST /api/v1/meetings/{id}/reschedule", admins, c -> meetingStep(c, meeting(0), "/reschedule",
                "{\"start\":\"2022-09-02T01:00:00Z\",\"end\":\"2022-09-02T03:00:00Z\",\"venue\":\"会议室\",\"reason\":\"改期\"}"));
        scenario("POST /api/v1/meetings/{id}/cancel", admins, c -> meetingStep(c, meeting(0), "/cancel",
                "{\"reason\":\"取消\"}"));
        scenario("POST /api/v1/meetings/{id}/agenda", admins, c -> meetingStep(c, meeting(0), "/agenda",
                "{\"problem\":\"停车难\",\"raisedById\":\"" + townB + "\"}"));
        scenario("POST /api/v1/meetings/{id}/hold", admins, c -> meetingStep(c, meeting(1), "/hold",
                "{\"attendedIds\":[\"" + townB + "\"],\"minutes\":\"会议纪要\"}"));
        scenario("POST /api/v1/meetings/{id}/resolutions", admins, c -> meetingStep(c, meeting(2), "/resolutions",
                "{\"agendaItem\":1,\"text\":\"限期解决\"}"));
        scenario("POST /api/v1/meetings/{id}/approve-minutes", admins, c -> meetingStep(c, meeting(2),
                "/approve-minutes", "{}"));
        scenario("GET /api/v1/meetings.ics", everyone, c -> c.get("/api/v1/meetings.ics"));
        scenario("POST /api/v1/tasks", admins, c -> c.post("/api/v1/tasks", "{\"meetingId\":\"" + meeting(3)[0]
                + "\",\"resolution\":1,\"title\":\"整改\",\"assigneeId\":\"" + unitOfB + "\",\"dueOn\":\"2099-12-31\"}"));
        scenario("GET /api/v1/tasks", everyone, c -> c.get("/api/v1/tasks?pending=true"));
        scenario("GET /api/v1/tasks/{id}", everyone, c -> c.get("/api/v1/tasks/" + task(0)[0]));
        scenario("POST /api/v1/tasks/{id}/progress", admins, c -> taskStep(c, task(0), "/progress",
                "{\"text\":\"已排摸\",\"on\":\"" + today() + "\"}"));
        scenario("POST /api/v1/tasks/{id}/done", admins, c -> taskStep(c, task(0), "/done", onToday()));
        // Rule 7: only the host committee's LEAD verifies or reopens; the district ADMIN does not act for it.
        scenario("POST /api/v1/tasks/{id}/verify", nobody, c -> taskStep(c, task(1), "/verify", onToday()));
        scenario("POST /api/v1/tasks/{id}/reopen", nobody, c -> taskStep(c, task(1), "/reopen",
                "{\"reason\":\"未完成\",\"on\":\"" + today() + "\"}"));
        scenario("GET /api/v1/my-tasks", everyone, c -> c.get("/api/v1/my-tasks"));
        scenario("GET /api/v1/overdue-tasks", everyone, c -> c.get("/api/v1/overdue-tasks?asOf=2023-01-10"));
        scenario("GET /api/v1/closure", everyone, c -> c.get("/api/v1/closure"));
        scenario("GET /api/v1/meeting-counts", everyone, c -> c.get("/api/v1/meeting-counts"));
        scenario("POST /api/v1/activities", admins, c -> c.post("/api/v1/activities", activityBody()));
        scenario("GET /api/v1/activities", everyone, c -> c.get("/api/v1/activities?organizationId=" + townB));
        scenario("GET /api/v1/activities/{id}", everyone, c -> c.get("/api/v1/activities/" + activity()[0]));
        scenario("POST /api/v1/activities/{id}/withdraw", admins, c -> {
            var a = activity();
            return c.post("/api/v1/activities/" + a[0] + "/withdraw", "{\"reason\":\"误登\"}", "If-Match", a[1]);
        });
        scenario("GET /api/v1/activity-counts", everyone, c -> c.get("/api/v1/activity-counts"));
        scenario("POST /api/v1/target-systems", admins, c -> c.post("/api/v1/target-systems", TARGET_SYSTEM));
        scenario("GET /api/v1/target-systems", everyone, c -> c.get("/api/v1/target-systems"));
        scenario("GET /api/v1/target-systems/{id}", everyone, c -> c.get("/api/v1/target-systems/"
                + systemWithIndicatorOfB()[0]));
        scenario("POST /api/v1/target-systems/{id}/indicators", admins, c -> {
            var system = server.admin().post("/api/v1/target-systems", TARGET_SYSTEM);
            return c.post("/api/v1/target-systems/" + system.json().get("id").asText() + "/indicators", indicatorOfB(),
                    "If-Match", system.header("ETag"));
        });
        scenario("GET /api/v1/target-systems/{id}/indicators/{code}", everyone, c -> c.get("/api/v1/target-systems/"
                + systemWithIndicatorOfB()[0] + "/indicators/S-01"));
        // Only the responsible organization's operators report: town B's figure is not the district ADMIN's.
        scenario("POST /api/v1/target-systems/{id}/indicators/{code}/readings", nobody, c -> {
            var system = systemWithIndicatorOfB();
            return c.post("/api/v1/target-systems/" + system[0] + "/indicators/S-01/readings",
                    "{\"value\":3,\"asOf\":\"2022-12-31\"}", "If-Match", system[1]);
        });
        scenario("GET /api/v1/target-systems/{id}/dashboard", everyone, c -> c.get("/api/v1/target-systems/"
                + systemWithIndicatorOfB()[0] + "/dashboard"));
        Set<String> writers = Set.of("ADMIN", "OPERATOR");
        scenario("POST /api/v1/case-policy", admins, c -> {
            casePolicy();
            return c.post("/api/v1/case-policy", casePolicyBody(), "Idempotency-Key", "matrix-case-policy");
        });
        scenario("POST /api/v1/case-policy/revise", admins, c -> {
            casePolicy();
            return c.post("/api/v1/case-policy/revise", casePolicyBody(), "If-Match",
                    server.admin().get("/api/v1/case-policy").header("ETag"));
        });
        scenario("GET /api/v1/case-policy", everyone, c -> {
            casePolicy();
            return c.get("/api/v1/case-policy");
        });
        scenario("POST /api/v1/signals", writers, c -> {
            casePolicy();
            return c.post("/api/v1/signals", SIGNAL_OUTSIDE_EVERY_GRID, "Idempotency-Key", "matrix-" + System.nanoTime());
        });
        // signed, not token-borne: every token and none is refused (401) without the platform's signature
        scenario("POST /api/v1/intake/sign-platform", SIGNED_ONLY, c -> c.post("/api/v1/intake/sign-platform",
                SIGNAL_OUTSIDE_EVERY_GRID.replace("\"source\":\"HOTLINE_12345\"", "\"eventId\":\"x\"")));
        // the Open311 facade: reading is open to all, as the specification has it; filing takes an api_key in the form
        scenario("GET /open311/v2/services.json", everyone, c -> {
            casePolicy();
            return c.get("/open311/v2/services.json");
        });
        scenario("GET /open311/v2/services/{serviceCode}.json", everyone, c -> {
            casePolicy();
            return c.get("/open311/v2/services/ROAD_DAMAGE.json");
        });
        scenario("GET /open311/v2/requests.json", everyone, c -> {
            caseOfB();
            return c.get("/open311/v2/requests.json");
        });
        scenario("GET /open311/v2/requests/{id}.json", everyone, c -> c.get("/open311/v2/requests/" + caseOfB()[0]
                + ".json"));
        scenario("POST /open311/v2/requests.json", API_KEY_IN_FORM, c -> {
            casePolicy();
            return c.send(c.request("/open311/v2/requests.json").header("Content-Type",
                    "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "service_code=ROAD_DAMAGE&lat=31.2&long=121.4&description=x")));
        });
        scenario("GET /api/v1/cases", everyone, c -> {
            caseOfB();
            return c.get("/api/v1/cases?townId=" + townB);
        });
        scenario("GET /api/v1/case-figures", everyone, c -> {
            caseOfB();
            return c.get("/api/v1/case-figures?by=town");
        });
        scenario("GET /api/v1/short-board-problems", everyone, c -> c.get("/api/v1/short-board-problems?townId="
                + townB));
        scenario("GET /api/v1/cases/{id}", everyone, c -> c.get("/api/v1/cases/" + caseOfB()[0]));
        caseStep("file", "{\"townId\":\"" + townB + "\"}");
        caseStep("invalidate", "{\"reason\":\"误报\"}");
        caseStep("dispatch", "{}");
        caseStep("sign-for", "", "dispatch");
        caseStep("return", "{\"reason\":\"不属本部门职责\"}", "dispatch");
        caseStep("start-handling", "", "dispatch", "sign-for");
        caseStep("respond", "{\"answer\":\"已处置\"}", "dispatch", "sign-for", "start-handling");
        caseStep("verify", "{\"passed\":true}", "dispatch", "sign-for", "start-handling", "respond");
        caseStep("close", "", "dispatch", "sign-for", "start-handling", "respond", "verify");
        caseStep("suspend", "{\"reason\":\"延期\"}", "dispatch", "sign-for");
        caseStep("resume", "", "dispatch", "sign-for", "suspend");
        scenario("POST /api/v1/grid-plans", admins, c -> c.post("/api/v1/grid-plans", gridPlanBody(
                server.register("TOWN_PARTY_COMMITTEE", "新镇" + System.nanoTime(), districtId).get("id").asText(), "XZ")));
        scenario("GET /api/v1/grid-plans", everyone, c -> c.get("/api/v1/grid-plans?townId=" + townB + gridPlanOfB()[2]));
        scenario("GET /api/v1/grid-plans/{id}", everyone, c -> c.get("/api/v1/grid-plans/" + gridPlanOfB()[0]));
        scenario("POST /api/v1/grid-plans/{id}/revise", admins, c -> {
            var plan = gridPlanOfB();
            return c.post("/api/v1/grid-plans/" + plan[0] + "/revise", "{\"on\":\"2023-03-01\",\"grids\":"
                    + gridFeatures("MLB", townB) + "}", "If-Match", plan[1]);
        });
        scenario("POST /api/v1/grid-plans/{id}/assign", admins, c -> {
            var plan = gridPlanOfB();
            return c.post("/api/v1/grid-plans/" + plan[0] + "/assign", "{\"code\":\"MLB-A01\","
                    + "\"responsibleOrganizationId\":\"" + townB + "\",\"on\":\"2023-03-01\"}", "If-Match", plan[1]);
        });
        scenario("POST /api/v1/grid-plans/{id}/roles", admins, c -> {
            var plan = gridPlanOfB();
            return c.post("/api/v1/grid-plans/" + plan[0] + "/roles", "{\"code\":\"MLB-A01\",\"roles\":[]}",
                    "If-Match", plan[1]);
        });
        scenario("POST /api/v1/grid-plans/{id}/retire", admins, c -> {
            var created = server.admin().post("/api/v1/grid-plans", gridPlanBody(server.register("TOWN_PARTY_COMMITTEE",
                    "退网镇" + System.nanoTime(), districtId).get("id").asText(), "TW"));
            return c.post("/api/v1/grid-plans/" + created.json().get("id").asText() + "/retire",
                    "{\"code\":\"TW-A01\",\"on\":\"2023-03-01\"}", "If-Match", created.header("ETag"));
        });
        scenario("GET /api/v1/grids", everyone, c -> c.get("/api/v1/grids?townId=" + townB + gridPlanOfB()[2]));
        scenario("GET /api/v1/grids.geojson", everyone, c -> c.get("/api/v1/grids.geojson?townId=" + townB
                + gridPlanOfB()[2]));
        scenario("GET /api/v1/grids/locate", everyone, c -> c.get("/api/v1/grids/locate?lon=121.25&lat=31.375"
                + gridPlanOfB()[2]));
        scenario("GET /api/v1/grids/{id}", everyone, c -> c.get("/api/v1/grids/" + gridOfB()));
        scenario("GET /api/v1/grid-coverage", everyone, c -> c.get("/api/v1/grid-coverage?townId=" + townB
                + gridPlanOfB()[2]));
        scenario("GET /health", everyone, c -> c.get("/health"));
        scenario("GET /api/v1/labels", everyone, c -> c.get("/api/v1/labels"));
        scenario("GET /openapi.json", everyone, c -> c.get("/openapi.json"));
        scenario("GET /docs", everyone, c -> c.get("/docs"));
        scenario("GET /docs/{asset}", everyone, c -> c.get("/docs/swagger-ui.css"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A fresh village of town B, at version 1. */
    private static String village() {
        return server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北村" + System.nanoTime(), townB).get("id")
                .asText();
    }

    /** A fresh area spanning towns B and C. */
    private static String area() {
        var area = server.admin().post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"片区" + System.nanoTime()
                + "\",\"towns\":[\"" + townB + "\",\"" + townC + "\"]}");
        assertThat(area.status()).as(area.body()).isEqualTo(201);
        return area.json().get("id").asText();
    }

    /** A fresh, planned area committee of a fresh area, at version 1. */
    private static String freshCommittee() {
        var committee = server.admin().post("/api/v1/committees", "{\"tier\":\"AREA\",\"name\":\"融委会\",\"areaId\":\""
                + area() + "\",\"plannedOn\":\"2022-03-01\"}");
        assertThat(committee.status()).as(committee.body()).isEqualTo(201);
        return committee.json().get("id").asText();
    }

    /** A planned area committee with a chair, led by town B: its id and ETag. */
    private static String[] committeeLedByB() {
        String id = freshCommittee();
        server.admin().post("/api/v1/committees/" + id + "/chair", "{\"name\":\"张三\",\"position\":\"书记\","
                + "\"on\":\"2022-03-01\"}", "If-Match", "\"1\"");
        var led = server.admin().post("/api/v1/committees/" + id + "/members", "{\"organizationId\":\"" + townB
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"2\"");
        assertThat(led.status()).as(led.body()).isEqualTo(200);
        return new String[] { id, led.header("ETag") };
    }

    private static String projectBody() {
        return "{\"domain\":\"road\",\"title\":\"路域党建" + System.nanoTime() + "\",\"flagBearerId\":\"" + department
                + "\",\"mechanism\":{\"commander\":\"书记\",\"coordinator\":\"主任\"},"
                + "\"commitments\":[{\"deliverable\":\"示范路段\",\"dueOn\":\"2022-12-31\"}]}";
    }

    /**
     * A fresh project of the department (another organization than town A), moved on by the ADMIN:
     * 0 proposed, 1 signed, 2 started, 3 started with its commitment done. Its id and ETag.
     */
    private static String[] project(int stage) {
        var admin = server.admin();
        var created = admin.post("/api/v1/projects", projectBody());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String etag = created.header("ETag");
        String[][] steps = {
                { "/sign", "{\"on\":\"2022-02-15\",\"signatoryIds\":[\"" + districtId + "\",\"" + department + "\"]}" },
                { "/start", "{\"on\":\"2022-03-01\"}" },
                { "/progress", "{\"commitment\":1,\"status\":\"DONE\",\"on\":\"2022-06-01\"}" } };
        for (int i = 0; i < stage; i++) {
            var step = admin.post("/api/v1/projects/" + id + steps[i][0], steps[i][1], "If-Match", etag);
            assertThat(step.status()).as(step.body()).isEqualTo(200);
            etag = step.header("ETag");
        }
        return new String[] { id, etag };
    }

    private static String meetingBody(String committee) {
        return "{\"mechanism\":\"SPECIAL_DELIBERATION\",\"title\":\"专题议事\",\"hostCommitteeId\":\"" + committee
                + "\",\"start\":\"2022-09-01T01:00:00Z\",\"end\":\"2022-09-01T03:00:00Z\",\"venue\":\"会议室\","
                + "\"invitedIds\":[\"" + townB + "\"]}";
    }

    /**
     * A fresh special-deliberation meeting of a committee led by town B, moved on by the ADMIN: 0
     * scheduled, 1 with an item raised by town B, 2 held, 3 with a resolution. Its id and ETag.
     */
    private static String[] meeting(int stage) {
        var admin = server.admin();
        var created = admin.post("/api/v1/meetings", meetingBody(committeeLedByB()[0]));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String etag = created.header("ETag");
        String[][] steps = {
                { "/agenda", "{\"problem\":\"停车难\",\"raisedById\":\"" + townB + "\"}" },
                { "/hold", "{\"attendedIds\":[\"" + townB + "\"],\"minutes\":\"会议纪要\"}" },
                { "/resolutions", "{\"agendaItem\":1,\"text\":\"限期解决\"}" } };
        for (int i = 0; i < stage; i++) {
            var step = admin.post("/api/v1/meetings/" + id + steps[i][0], steps[i][1], "If-Match", etag);
            assertThat(step.status()).as(step.body()).isEqualTo(200);
            etag = step.header("ETag");
        }
        return new String[] { id, etag };
    }

    /** A fresh task of town B's unit from a fresh resolution: 0 open, 1 done. Its id and ETag. */
    private static String[] task(int stage) {
        var admin = server.admin();
        var created = admin.post("/api/v1/tasks", "{\"meetingId\":\"" + meeting(3)[0] + "\",\"resolution\":1,"
                + "\"title\":\"整改\",\"assigneeId\":\"" + unitOfB + "\",\"dueOn\":\"2099-12-31\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String etag = created.header("ETag");
        if (stage >= 1) {
            var done = admin.post("/api/v1/tasks/" + id + "/done", onToday(), "If-Match", etag);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            etag = done.header("ETag");
        }
        return new String[] { id, etag };
    }

    /** Tasks are worked on from the day they were created: today, on the server's clock (Asia/Shanghai). */
    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String onToday() {
        return "{\"on\":\"" + today() + "\"}";
    }

    private static ApiClient.Response meetingStep(ApiClient client, String[] meeting, String step, String body) {
        return client.post("/api/v1/meetings/" + meeting[0] + step, body, "If-Match", meeting[1]);
    }

    private static ApiClient.Response taskStep(ApiClient client, String[] task, String step, String body) {
        return client.post("/api/v1/tasks/" + task[0] + step, body, "If-Match", task[1]);
    }

    private static String activityBody() {
        return "{\"form\":\"SERVICES_DELIVERED_TOGETHER\",\"title\":\"联合志愿服务\",\"organizationIds\":[\"" + townB
                + "\",\"" + unitOfB + "\"],\"heldOn\":\"2022-06-01\"}";
    }

    /** A fresh co-work activity of town B and its unit, recorded by the ADMIN: its id and ETag. */
    private static String[] activity() {
        var created = server.admin().post("/api/v1/activities", activityBody());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new String[] { created.json().get("id").asText(), created.header("ETag") };
    }

    private static final String TARGET_SYSTEM = "{\"title\":\"“十四五”融合目标\",\"firstYear\":2021,\"lastYear\":2025}";

    private static String indicatorOfB() {
        return "{\"code\":\"S-01\",\"title\":\"共享服务阵地\",\"category\":\"SHARED\",\"direction\":\"AT_LEAST\","
                + "\"baseline\":0,\"target\":10,\"responsibleId\":\"" + townB + "\"}";
    }

    /** A fresh target system with one indicator town B answers for: its id and ETag. */
    private static String[] systemWithIndicatorOfB() {
        var system = server.admin().post("/api/v1/target-systems", TARGET_SYSTEM);
        assertThat(system.status()).as(system.body()).isEqualTo(201);
        String id = system.json().get("id").asText();
        var added = server.admin().post("/api/v1/target-systems/" + id + "/indicators", indicatorOfB(), "If-Match",
                system.header("ETag"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return new String[] { id, added.header("ETag") };
    }

    private static String gridFeatures(String townCode, String town) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + GRID_SQUARE
                + ",\"properties\":{\"code\":\"" + townCode + "-A01\",\"name\":\"片区\",\"responsibleOrganizationId\":\""
                + town + "\"}}]}";
    }

    private static final String GRID_SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[121.24,31.37],[121.26,31.37],"
            + "[121.26,31.38],[121.24,31.38],[121.24,31.37]]]}";

    private static String gridPlanBody(String town, String townCode) {
        return "{\"townId\":\"" + town + "\",\"townCode\":\"" + townCode + "\",\"on\":\"2023-03-01\",\"territory\":"
                + GRID_SQUARE + ",\"grids\":" + gridFeatures(townCode, town) + "}";
    }

    private static String gridPlanOfB;

    /** Town B's grid plan (one area grid): its id, its current ETag, and nothing to add to a query (""). */
    private static String[] gridPlanOfB() {
        if (gridPlanOfB == null) {
            var created = server.admin().post("/api/v1/grid-plans", gridPlanBody(townB, "MLB"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            gridPlanOfB = created.json().get("id").asText();
        }
        var read = server.admin().get("/api/v1/grid-plans/" + gridPlanOfB);
        return new String[] { gridPlanOfB, read.header("ETag"), "" };
    }

    private static String gridOfB() {
        gridPlanOfB();
        return server.admin().get("/api/v1/grids?townId=" + townB).json().get("items").get(0).get("id").asText();
    }

    /** The roles of a route whose sender proves itself by a signature: no token lets it through. */
    private static final Set<String> SIGNED_ONLY = java.util.Collections.unmodifiableSet(new java.util.HashSet<>());
    /** The roles of Open311's filing: its api_key goes in the form, so no bearer token lets it through (403). */
    private static final Set<String> API_KEY_IN_FORM = java.util.Collections.unmodifiableSet(new java.util.HashSet<>());
    private static final String SIGNAL_OUTSIDE_EVERY_GRID = "{\"source\":\"HOTLINE_12345\",\"category\":\"ROAD_DAMAGE\","
            + "\"location\":{\"longitude\":121.40,\"latitude\":31.20},\"description\":\"路面塌陷\"}";
    private static final Map<String, String> CASE_STEP_BODIES = Map.of("dispatch", "{}", "sign-for", "",
            "start-handling", "", "respond", "{\"answer\":\"已处置\"}", "verify", "{\"passed\":true}",
            "suspend", "{\"reason\":\"延期\"}");

    private static String casePolicyBody() {
        return "{\"categories\":[{\"code\":\"ROAD_DAMAGE\",\"nameZh\":\"道路破损\",\"nameEn\":\"Road damage\","
                + "\"departmentId\":\"" + department + "\",\"urgency\":\"NORMAL\",\"toSignFor\":{\"amount\":4,"
                + "\"unit\":\"HOURS\"},\"toRespond\":{\"amount\":5,\"unit\":\"WORKING_DAYS\"},\"repeatWindowHours\":0,"
                + "\"repeatMetres\":0}],\"calendar\":{},\"shortBoard\":{\"cases\":5,\"days\":30}}";
    }

    /** The case policy, adopted once by the ADMIN's client (its Idempotency-Key replays the adoption). */
    private static void casePolicy() {
        var adopted = callers.get("ADMIN").post("/api/v1/case-policy", casePolicyBody(), "Idempotency-Key",
                "matrix-case-policy");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
    }

    /** A fresh case outside every grid, not yet filed: its id. */
    private static String unfiledCase() {
        casePolicy();
        var received = server.admin().post("/api/v1/signals", SIGNAL_OUTSIDE_EVERY_GRID, "Idempotency-Key",
                "matrix-" + System.nanoTime());
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        return received.json().get("cityCase").get("cityCase").get("id").asText();
    }

    /** A fresh case the admin filed to a town and took through the given steps: its id and ETag. */
    private static String[] caseFiledTo(String town, String... steps) {
        String id = unfiledCase();
        var step = server.admin().post("/api/v1/cases/" + id + "/file", "{\"townId\":\"" + town + "\"}", "If-Match",
                "\"1\"");
        for (String action : steps) {
            assertThat(step.status()).as(step.body()).isEqualTo(200);
            step = server.admin().post("/api/v1/cases/" + id + "/" + action, CASE_STEP_BODIES.get(action), "If-Match",
                    step.header("ETag"));
        }
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        return new String[] {id, step.header("ETag")};
    }

    private static String[] caseOfB(String... steps) {
        return caseFiledTo(townB, steps);
    }

    /** A step of the loop on a fresh case of town B that stands where the step is taken: only the ADMIN may. */
    private static void caseStep(String action, String body, String... before) {
        scenario("POST /api/v1/cases/{id}/" + action, Set.of("ADMIN"), c -> {
            String[] target = action.equals("file") ? new String[] {unfiledCase(), "\"1\""} : caseOfB(before);
            return c.post("/api/v1/cases/" + target[0] + "/" + action, body, "If-Match", target[1]);
        });
    }

    private static Supplier<String> etagOf(String path) {
        return () -> server.admin().get(path).header("ETag");
    }

    private static String gridPlanOfA;

    /** Town A's grid plan (one area grid), which town A's operators may change: its id and ETag. */
    private static String[] gridPlanOfA() {
        if (gridPlanOfA == null) {
            var created = server.admin().post("/api/v1/grid-plans", gridPlanBody(townA, "NXA"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            gridPlanOfA = created.json().get("id").asText();
        }
        return new String[] { gridPlanOfA, server.admin().get("/api/v1/grid-plans/" + gridPlanOfA).header("ETag") };
    }

    /** A fresh token of town B, at version 1. */
    private static String tokenOfB() {
        JsonNode issued = server.admin().post("/api/v1/tokens", "{\"organizationId\":\"" + townB
                + "\",\"role\":\"OPERATOR\"}").json();
        return issued.get("token").get("id").asText();
    }

    @Test
    void the_matrix_covers_every_route_of_the_server() {
        var inventory = RouteInventoryTest.allRoutes().stream().map(r -> r.method().name() + " " + r.path()).toList();

        assertThat(REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(inventory);
    }

    @TestFactory
    List<DynamicTest> every_route_for_every_role_on_another_organizations_objects() {
        List<DynamicTest> tests = new ArrayList<>();
        var publicPaths = RouteInventoryTest.allRoutes().stream().filter(ApiRoute::isPublic)
                .map(r -> r.method().name() + " " + r.path()).toList();
        REQUESTS.forEach((route, request) -> {
            callers.forEach((role, client) -> tests.add(DynamicTest.dynamicTest(route + " as " + role, () -> {
                var response = request.apply(client);
                if (ALLOWED.get(route).contains(role)) {
                    assertThat(response.status()).as(response.body()).isBetween(200, 299);
                } else if (ALLOWED.get(route) == API_KEY_IN_FORM) {
                    assertThat(response.status()).as(response.body()).isEqualTo(403);
                    assertThat(response.json().get(0).get("code").asInt()).isEqualTo(403);
                } else if (ALLOWED.get(route) == SIGNED_ONLY) {
                    assertThat(response.status()).as(response.body()).isEqualTo(401);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(403);
                    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                }
            })));
            boolean isPublic = publicPaths.contains(route);
            tests.add(DynamicTest.dynamicTest(route + " without a token", () -> {
                var response = request.apply(server.anonymous());
                if (isPublic) {
                    assertThat(response.status()).isEqualTo(200);
                } else if (ALLOWED.get(route) == API_KEY_IN_FORM) {
                    assertThat(response.status()).as(response.body()).isEqualTo(403);
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(401);
                    assertThat(response.header("WWW-Authenticate")).isEqualTo(ALLOWED.get(route) == SIGNED_ONLY
                            ? "X-Ronghe-Signature realm=\"sign-platform\"" : "Bearer");
                }
            }));
            tests.add(DynamicTest.dynamicTest(route + " with an unknown token", () -> {
                var response = request.apply(server.anonymous().withToken("rh_not-a-token-anyone-issued"));
                assertThat(response.status()).isEqualTo(isPublic ? 200 : ALLOWED.get(route) == API_KEY_IN_FORM ? 403
                        : 401);
            }));
        });
        return tests;
    }

    /** A request whose body names or touches another organization's things, and how to read that thing's state. */
    private record BodyScenario(String route, String field, int status, Supplier<Attempt> prepare) {
    }

    private record Attempt(Supplier<String> stateOfTouched, Function<ApiClient, ApiClient.Response> send) {
    }

    /** A planned area committee led by town A with town B as a cooperating member: its id. */
    private static String committeeLedByAWithB() {
        var area = server.admin().post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"片区" + System.nanoTime()
                + "\",\"towns\":[\"" + townA + "\",\"" + townB + "\"]}");
        var committee = server.admin().post("/api/v1/committees", "{\"tier\":\"AREA\",\"name\":\"融委会\",\"areaId\":\""
                + area.json().get("id").asText() + "\",\"plannedOn\":\"2022-03-01\"}");
        String id = committee.json().get("id").asText();
        assertThat(server.admin().post("/api/v1/committees/" + id + "/members", "{\"organizationId\":\"" + townA
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(server.admin().post("/api/v1/committees/" + id + "/members", "{\"organizationId\":\"" + townB
                + "\",\"role\":\"COOPERATING\",\"since\":\"2022-03-01\"}", "If-Match", "\"2\"").status()).isEqualTo(200);
        return id;
    }

    private static String[] scheduledMeetingOf(String committee) {
        var created = server.admin().post("/api/v1/meetings", meetingBody(committee));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new String[] { created.json().get("id").asText(), created.header("ETag") };
    }

    private static Supplier<String> versionOf(String path) {
        return () -> {
            var response = server.admin().get(path);
            return response.header("ETag") + " " + response.body();
        };
    }

    /**
     * The ids a writing body carries, each aimed by town A's operator, who may call the route on its own
     * object, at something of town B's: who it names (an item raised in B's name, an activity of B's) and
     * what it touches (B's committee's meeting, a place under B). Each is refused and leaves the thing
     * it named or touched as it was.
     */
    @TestFactory
    List<DynamicTest> every_id_a_body_carries_is_checked_for_whom_it_names_and_what_it_touches() {
        List<BodyScenario> scenarios = List.of(
                new BodyScenario("POST /api/v1/meetings/{id}/agenda", "raisedById", 403, () -> {
                    String[] ours = scheduledMeetingOf(committeeLedByAWithB());
                    return new Attempt(versionOf("/api/v1/meetings/" + ours[0]), c -> c.post("/api/v1/meetings/" + ours[0]
                            + "/agenda", "{\"problem\":\"冒名\",\"raisedById\":\"" + townB + "\"}", "If-Match", ours[1]));
                }),
                new BodyScenario("POST /api/v1/meetings/{id}/agenda", "carriedFromMeetingId", 409, () -> {
                    String[] ours = scheduledMeetingOf(committeeLedByAWithB());
                    String[] theirs = meeting(2);
                    return new Attempt(versionOf("/api/v1/meetings/" + theirs[0]), c -> c.post("/api/v1/meetings/" + ours[0]
                            + "/agenda", "{\"carriedFromMeetingId\":\"" + theirs[0] + "\",\"carriedFromItem\":1,"
                            + "\"carriedFromVersion\":" + theirs[1].replace("\"", "") + "}", "If-Match", ours[1]));
                }),
                new BodyScenario("POST /api/v1/grid-plans", "townId", 403, () -> new Attempt(
                        versionOf("/api/v1/grids?townId=" + townB), c -> c.post("/api/v1/grid-plans",
                                gridPlanBody(townB, "MLB")))),
                new BodyScenario("POST /api/v1/grid-plans/{id}/assign", "responsibleOrganizationId", 422, () -> {
                    String[] ours = gridPlanOfA();
                    return new Attempt(versionOf("/api/v1/grid-plans/" + ours[0]), c -> c.post("/api/v1/grid-plans/"
                            + ours[0] + "/assign", "{\"code\":\"NXA-A01\",\"responsibleOrganizationId\":\"" + townB
                            + "\",\"on\":\"2023-03-01\"}", "If-Match", ours[1]));
                }),
                new BodyScenario("POST /api/v1/grid-plans/{id}/revise", "grids.features[0].properties.responsibleOrganizationId",
                        422, () -> {
                            String[] ours = gridPlanOfA();
                            return new Attempt(versionOf("/api/v1/grid-plans/" + ours[0]), c -> c.post("/api/v1/grid-plans/"
                                    + ours[0] + "/revise", "{\"on\":\"2023-03-01\",\"grids\":" + gridFeatures("NXA", townB)
                                    + "}", "If-Match", ours[1]));
                        }),
                new BodyScenario("POST /api/v1/activities", "organizationIds", 403, () -> new Attempt(
                        versionOf("/api/v1/activities?organizationId=" + townB), c -> c.post("/api/v1/activities",
                                activityBody()))),
                new BodyScenario("POST /api/v1/cases/{id}/file", "townId", 403, () -> {
                    String orphan = unfiledCase();
                    return new Attempt(etagOf("/api/v1/cases/" + orphan), c -> c.post("/api/v1/cases/" + orphan
                            + "/file", "{\"townId\":\"" + townB + "\"}", "If-Match", "\"1\""));
                }),
                new BodyScenario("POST /api/v1/cases/{id}/dispatch", "departmentId", 400, () -> {
                    String[] ours = caseFiledTo(townA);
                    return new Attempt(etagOf("/api/v1/cases/" + ours[0]), c -> c.post("/api/v1/cases/" + ours[0]
                            + "/dispatch", "{\"departmentId\":\"" + townB + "\"}", "If-Match", ours[1]));
                }),
                new BodyScenario("POST /api/v1/organizations/{id}/move", "parentId", 403, () -> {
                    String own = server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "南村" + System.nanoTime(), townA)
                            .get("id").asText();
                    return new Attempt(versionOf("/api/v1/organizations?parentId=" + townB), c -> c.post(
                            "/api/v1/organizations/" + own + "/move", "{\"parentId\":\"" + townB + "\"}", "If-Match", "\"1\""));
                }));
        var operator = callers.get("OPERATOR");
        List<DynamicTest> tests = new ArrayList<>();
        for (var scenario : scenarios) {
            tests.add(DynamicTest.dynamicTest(scenario.route() + " naming town B's in " + scenario.field(), () -> {
                var attempt = scenario.prepare().get();
                String before = attempt.stateOfTouched().get();
                var response = attempt.send().apply(operator);
                assertThat(response.status()).as(response.body()).isEqualTo(scenario.status());
                assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                assertThat(attempt.stateOfTouched().get()).isEqualTo(before);
            }));
        }
        return tests;
    }
}
