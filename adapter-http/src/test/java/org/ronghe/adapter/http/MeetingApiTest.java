package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Meetings and follow-up tasks over HTTP: the closed loop problem → agenda item → resolution →
 * task → done → verified, rule 7 as 403s, illegal transitions as problems, and the iCalendar feed.
 */
class MeetingApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private TestServer server;
    private ApiClient admin;
    private String district;
    private String townB;
    private String townC;
    private String outsider;
    private String committee;
    private ApiClient lead;
    private ApiClient member;

    @BeforeEach
    void aCommitteeLedByTownB() {
        server = TestServer.onMemory();
        admin = server.admin();
        district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        townB = server.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district).get("id").asText();
        townC = server.register("TOWN_PARTY_COMMITTEE", "嘉定工业区党工委", district).get("id").asText();
        outsider = server.register("REGIONAL_UNIT", "马陆某研究院", townB).get("id").asText();
        ok(admin.post("/api/v1/committees", "{\"tier\":\"DISTRICT_PROMOTION\",\"name\":\"推进委员会\","
                + "\"plannedOn\":\"2022-03-01\"}"));
        var area = admin.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"北部片区\",\"towns\":[\"" + townB + "\",\""
                + townC + "\"]}");
        ok(area);
        var created = admin.post("/api/v1/committees", "{\"tier\":\"AREA\",\"name\":\"北部片区融委会\",\"areaId\":\""
                + area.json().get("id").asText() + "\",\"plannedOn\":\"2022-03-01\"}");
        ok(created);
        committee = created.json().get("id").asText();
        String path = "/api/v1/committees/" + committee;
        ok(admin.post(path + "/chair", "{\"name\":\"张三\",\"position\":\"书记\",\"on\":\"2022-03-01\"}", "If-Match", "\"1\""));
        ok(admin.post(path + "/members", "{\"organizationId\":\"" + townB + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}",
                "If-Match", "\"2\""));
        ok(admin.post(path + "/members", "{\"organizationId\":\"" + townC + "\",\"role\":\"COOPERATING\",\"since\":\"2022-03-01\"}",
                "If-Match", "\"3\""));
        lead = server.clientFor(townB, "OPERATOR");
        member = server.clientFor(townC, "OPERATOR");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private ApiClient.Response schedule(ApiClient client, String title, String start, String end) {
        return client.post("/api/v1/meetings", "{\"mechanism\":\"SPECIAL_DELIBERATION\",\"title\":\"" + title
                + "\",\"hostCommitteeId\":\"" + committee + "\",\"start\":\"" + start + "\",\"end\":\"" + end
                + "\",\"venue\":\"马陆镇会议室\",\"invitedIds\":[\"" + townC + "\"]}");
    }

    /** A held meeting with one item raised by town C and one resolution: its path. */
    private String heldWithResolution() {
        var scheduled = schedule(lead, "停车专题议事", "2022-09-01T01:00:00Z", "2022-09-01T03:00:00Z");
        String path = "/api/v1/meetings/" + scheduled.json().get("id").asText();
        ok(member.post(path + "/agenda", "{\"problem\":\"社区停车难\",\"link\":\"committee:" + committee + "\"}", "If-Match", "\"1\""));
        ok(lead.post(path + "/hold", "{\"attendedIds\":[\"" + townB + "\",\"" + townC + "\"],\"minutes\":\"议定共享车位\"}",
                "If-Match", "\"2\""));
        ok(lead.post(path + "/resolutions", "{\"agendaItem\":1,\"text\":\"错峰共享车位\"}", "If-Match", "\"3\""));
        return path;
    }

    private ApiClient.Response task(String meetingPath, String assignee) {
        return lead.post("/api/v1/tasks", "{\"meetingId\":\"" + meetingPath.substring(meetingPath.lastIndexOf('/') + 1)
                + "\",\"resolution\":1,\"title\":\"开放共享车位\",\"assigneeId\":\"" + assignee + "\",\"dueOn\":\"2099-12-31\"}");
    }

    private java.util.List<String> names(String path, String field) {
        var answer = admin.get(path);
        valid("GET", path.replaceAll("\\?.*", ""), answer);
        ok(answer);
        var found = new java.util.ArrayList<String>();
        answer.json().get("items").forEach(item -> found.add(item.get(field).asText()));
        return found;
    }

    private static String q(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void lists_are_searched_by_name_and_a_towns_filter_takes_in_its_units() {
        var parking = heldWithResolution();
        schedule(lead, "Culture Route 文化议事", "2022-10-01T01:00:00Z", "2022-10-01T03:00:00Z");
        ok(task(parking, outsider));

        assertThat(names("/api/v1/meetings?q=" + q("停车"), "title")).containsExactly("停车专题议事");
        assertThat(names("/api/v1/meetings?q=" + q("CULTURE route"), "title")).containsExactly("Culture Route 文化议事");
        assertThat(names("/api/v1/meetings?townId=" + townC, "title")).as("both invite town C")
                .containsExactly("停车专题议事", "Culture Route 文化议事");
        assertThat(names("/api/v1/meetings?townId=" + townB, "title")).isEmpty();
        assertThat(names("/api/v1/tasks?townId=" + townB, "title")).as("its unit is the assignee")
                .containsExactly("开放共享车位");
        assertThat(names("/api/v1/tasks?townId=" + townC, "title")).isEmpty();
        assertThat(names("/api/v1/tasks?q=" + q("共享 车位") + "&townId=" + district, "title")).containsExactly("开放共享车位");
        assertThat(names("/api/v1/organizations?townId=" + townB, "name")).containsExactly("马陆镇党委", "马陆某研究院");
        assertThat(names("/api/v1/organizations?q=" + q("马陆"), "name")).containsExactly("马陆镇党委", "马陆某研究院");
        assertThat(names("/api/v1/committees?q=" + q("片区"), "name")).containsExactly("北部片区融委会");
        assertThat(names("/api/v1/committees?townId=" + townC, "name")).as("town C sits in it").containsExactly("北部片区融委会");
        assertThat(names("/api/v1/committees?townId=" + outsider, "name")).isEmpty();
        assertThat(names("/api/v1/projects?townId=" + townB, "title")).isEmpty();
        assertThat(admin.get("/api/v1/meetings.ics?q=" + q("停车")).body()).contains("停车专题议事")
                .doesNotContain("文化议事");

        var unknownTown = admin.get("/api/v1/tasks?townId=" + java.util.UUID.randomUUID());
        problem(unknownTown, 400, "invalid-value");
        assertThat(unknownTown.body()).contains("townId");
        var tooLong = admin.get("/api/v1/meetings?q=" + "长".repeat(101) + "&townId=not-a-uuid");
        problem(tooLong, 400, "invalid-value");
        assertThat(tooLong.body()).contains("\"q\"").contains("townId");
        problem(admin.get("/api/v1/projects?q=" + q("a\u0000b")), 400, "invalid-value");
    }

    @Test
    void a_problem_raised_by_a_member_ends_as_a_task_the_lead_verifies() {
        var scheduled = schedule(lead, "停车专题议事", "2022-09-01T01:00:00Z", "2022-09-01T03:00:00Z");
        valid("POST", "/api/v1/meetings", scheduled);
        String path = "/api/v1/meetings/" + scheduled.json().get("id").asText();
        var raised = member.post(path + "/agenda", "{\"problem\":\"社区停车难\",\"link\":\"committee:" + committee + "\"}", "If-Match", "\"1\"");
        valid("POST", "/api/v1/meetings/{id}/agenda", raised);
        assertThat(raised.json().get("agenda").get(0).get("raisedById").asText()).isEqualTo(townC);
        valid("POST", "/api/v1/meetings/{id}/hold", lead.post(path + "/hold", "{\"attendedIds\":[\"" + townB + "\",\""
                + townC + "\"],\"minutes\":\"议定共享车位\"}", "If-Match", "\"2\""));
        valid("POST", "/api/v1/meetings/{id}/resolutions", lead.post(path + "/resolutions",
                "{\"agendaItem\":1,\"text\":\"错峰共享车位\"}", "If-Match", "\"3\""));
        var approved = lead.post(path + "/approve-minutes", "{}", "If-Match", "\"4\"");
        valid("POST", "/api/v1/meetings/{id}/approve-minutes", approved);
        assertThat(approved.json().get("status").asText()).isEqualTo("MINUTES_APPROVED");

        var created = task(path, townC);
        valid("POST", "/api/v1/tasks", created);
        String task = "/api/v1/tasks/" + created.json().get("id").asText();
        // the task names its host committee and assignee beside their ids
        assertThat(created.json().get("assigneeName").asText()).isEqualTo("嘉定工业区党工委");
        assertThat(lead.get(task).json().get("hostCommitteeName").asText()).isNotBlank();
        lead.get("/api/v1/closure").json().get("items").forEach(row -> assertThat(row.has("name")).isTrue());
        valid("GET", "/api/v1/my-tasks", member.get("/api/v1/my-tasks"));
        assertThat(member.get("/api/v1/my-tasks").json().get("totalItems").asInt()).isEqualTo(1);
        valid("POST", "/api/v1/tasks/{id}/progress", member.post(task + "/progress", "{\"text\":\"已排摸车位\",\"on\":\""
                + today() + "\"}", "If-Match", "\"1\""));
        valid("POST", "/api/v1/tasks/{id}/done", member.post(task + "/done", "{\"on\":\"" + today() + "\"}", "If-Match",
                "\"2\""));
        assertThat(lead.get(path).json().get("resolutions").get(0).get("closed").asBoolean()).isFalse();
        assertThat(lead.get(path).json().get("startLocal").asText()).isEqualTo("2022-09-01T09:00+08:00");
        problem(member.post(task + "/verify", "{\"on\":\"" + today() + "\"}", "If-Match", "\"3\""), 403, "forbidden");
        problem(admin.post(task + "/verify", "{\"on\":\"" + today() + "\"}", "If-Match", "\"3\""), 403, "forbidden");
        var verified = lead.post(task + "/verify", "{\"on\":\"" + today() + "\"}", "If-Match", "\"3\"");
        valid("POST", "/api/v1/tasks/{id}/verify", verified);
        assertThat(verified.json().get("status").asText()).isEqualTo("VERIFIED");
        var closedMeeting = lead.get(path);
        valid("GET", "/api/v1/meetings/{id}", closedMeeting);
        assertThat(closedMeeting.json().get("resolutions").get(0).get("closed").asBoolean()).as("its only task is verified")
                .isTrue();

        var closure = lead.get("/api/v1/closure");
        valid("GET", "/api/v1/closure", closure);
        assertThat(closure.json().get("items").findValuesAsText("key")).contains(committee);
        valid("GET", "/api/v1/meeting-counts", lead.get("/api/v1/meeting-counts"));
        assertThat(lead.get("/api/v1/meeting-counts").json().get("items").get(0).get("month").asText()).isEqualTo("2022-09");
        valid("GET", "/api/v1/tasks", lead.get("/api/v1/tasks?meetingId=" + path.substring(path.lastIndexOf('/') + 1)));
        valid("GET", "/api/v1/meetings", lead.get("/api/v1/meetings?hostCommitteeId=" + committee));
        String meetingId = path.substring(path.lastIndexOf('/') + 1);
        assertThat(admin.get("/api/v1/audit?aggregateType=meeting&aggregateId=" + meetingId).json().get("totalItems")
                .asInt()).as("scheduled, item raised, held, resolution adopted, minutes approved").isEqualTo(5);
        assertThat(admin.get("/api/v1/audit?aggregateType=task&aggregateId=" + created.json().get("id").asText()).json()
                .get("totalItems").asInt()).as("created, progress, done, verified; the refused verifies left none")
                .isEqualTo(4);
    }

    @Test
    void rule_7_an_assignee_never_verifies_its_own_task_and_outsiders_raise_nothing() {
        String path = heldWithResolution();
        var outsiderClient = server.clientFor(outsider, "OPERATOR");
        String scheduled = "/api/v1/meetings/" + schedule(lead, "联席会议", "2022-10-01T01:00:00Z", "2022-10-01T02:00:00Z")
                .json().get("id").asText();
        problem(outsiderClient.post(scheduled + "/agenda", "{\"problem\":\"越权提出\"}", "If-Match", "\"1\""), 403, "forbidden");
        problem(member.post("/api/v1/meetings", "{\"mechanism\":\"SPECIAL_DELIBERATION\",\"title\":\"成员召集\","
                + "\"hostCommitteeId\":\"" + committee + "\",\"start\":\"2022-10-01T01:00:00Z\",\"end\":"
                + "\"2022-10-01T02:00:00Z\",\"venue\":\"会议室\"}"), 403, "forbidden");

        String own = "/api/v1/tasks/" + task(path, townB).json().get("id").asText();
        ok(lead.post(own + "/done", "{\"on\":\"" + today() + "\"}", "If-Match", "\"1\""));
        var verifyingOwn = lead.post(own + "/verify", "{\"on\":\"" + today() + "\"}", "If-Match", "\"2\"");
        problem(verifyingOwn, 403, "forbidden");
        assertThat(verifyingOwn.json().get("detail").asText()).contains("does not verify its own task");
        assertThat(lead.get(own).json().get("status").asText()).isEqualTo("DONE");
        problem(outsiderClient.post(own + "/progress", "{\"text\":\"越权\",\"on\":\"" + today() + "\"}", "If-Match", "\"2\""),
                403, "forbidden");
    }

    @Test
    void illegal_steps_are_problems_and_change_nothing() {
        var scheduled = schedule(lead, "专题议事", "2022-09-01T01:00:00Z", "2022-09-01T03:00:00Z");
        String path = "/api/v1/meetings/" + scheduled.json().get("id").asText();
        problem(lead.post(path + "/approve-minutes", "{}", "If-Match", "\"1\""), 409, "meeting-lifecycle");
        problem(lead.post(path + "/hold", "{\"attendedIds\":[],\"minutes\":\"纪要\"}", "If-Match", "\"1\""), 400,
                "invalid-value");
        problem(lead.post(path + "/cancel", "{\"reason\":\"改期\"}", "If-Match", "\"7\""), 412, "stale-version");
        problem(lead.post(path + "/cancel", "{\"reason\":\"改期\"}"), 428, "precondition-required");
        problem(schedule(lead, "倒置", "2022-09-01T03:00:00Z", "2022-09-01T01:00:00Z"), 400, "invalid-value");
        assertThat(lead.get(path).json().get("version").asInt()).isEqualTo(1);

        String held = heldWithResolution();
        var unknownItem = lead.post(held + "/resolutions", "{\"agendaItem\":9,\"text\":\"无此议题\"}", "If-Match", "\"4\"");
        problem(unknownItem, 422, "unknown-agenda-item");
        assertThat(unknownItem.json().get("errors").get(0).get("field").asText()).isEqualTo("agendaItem");
        String task = "/api/v1/tasks/" + task(held, townC).json().get("id").asText();
        problem(lead.post(task + "/verify", "{\"on\":\"" + today() + "\"}", "If-Match", "\"1\""), 409, "task-lifecycle");
        var noSuchResolution = lead.post("/api/v1/tasks", "{\"meetingId\":\"" + held.substring(held.lastIndexOf('/') + 1)
                + "\",\"resolution\":5,\"title\":\"无此决议\",\"assigneeId\":\"" + townC + "\",\"dueOn\":\"2099-12-31\"}");
        problem(noSuchResolution, 422, "unknown-resolution");
        assertThat(noSuchResolution.json().get("errors").get(0).get("field").asText()).isEqualTo("resolution");
        assertThat(lead.get("/api/v1/tasks?meetingId=" + held.substring(held.lastIndexOf('/') + 1)).json().get("totalItems")
                .asInt()).isEqualTo(1);
    }

    @Test
    void the_calendar_feed_is_valid_icalendar() throws Exception {
        var first = schedule(lead, "停车专题议事", "2022-09-01T01:00:00Z", "2022-09-01T03:00:00Z");
        var second = schedule(lead, "联席会议，议题；多项", "2022-10-01T01:00:00Z", "2022-10-01T02:00:00Z");
        ok(lead.post("/api/v1/meetings/" + first.json().get("id").asText() + "/reschedule", "{\"start\":"
                + "\"2022-09-02T01:00:00Z\",\"end\":\"2022-09-02T03:00:00Z\",\"venue\":\"马陆镇会议室\",\"reason\":\"台风\"}",
                "If-Match", "\"1\""));
        ok(lead.post("/api/v1/meetings/" + second.json().get("id").asText() + "/cancel", "{\"reason\":\"合并召开\"}",
                "If-Match", "\"1\""));

        var feed = member.get("/api/v1/meetings.ics?hostCommitteeId=" + committee);
        valid("GET", "/api/v1/meetings.ics", feed);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        var byTitle = new java.util.HashMap<String, VEvent>();
        events.forEach(e -> byTitle.put(e.getProperty(Property.SUMMARY).getValue(), e));
        assertThat(byTitle).containsKeys("停车专题议事", "联席会议，议题；多项");
        VEvent moved = byTitle.get("停车专题议事");
        assertThat(moved.getProperty(Property.SEQUENCE).getValue()).isEqualTo("1");
        assertThat(moved.getProperty(Property.DTSTART).getValue()).isEqualTo("20220902T010000Z");
        assertThat(byTitle.get("联席会议，议题；多项").getProperty(Property.STATUS).getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void a_member_raises_in_its_own_name_only_and_a_refused_raise_changes_nothing() {
        var scheduled = schedule(lead, "停车专题议事", "2022-09-01T01:00:00Z", "2022-09-01T03:00:00Z");
        String path = "/api/v1/meetings/" + scheduled.json().get("id").asText();

        problem(member.post(path + "/agenda", "{\"problem\":\"冒名提出\",\"raisedById\":\"" + townB + "\"}", "If-Match",
                "\"1\""), 403, "forbidden");
        var own = member.post(path + "/agenda", "{\"problem\":\"本单位提出\",\"raisedById\":\"" + townC + "\"}",
                "If-Match", "\"1\"");

        ok(own);
        assertThat(own.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void the_lead_carries_an_item_on_with_the_version_it_read_of_the_earlier_meeting() {
        var first = schedule(lead, "第一次议事", "2022-09-01T01:00:00Z", "2022-09-01T03:00:00Z");
        String firstId = first.json().get("id").asText();
        String firstPath = "/api/v1/meetings/" + firstId;
        ok(member.post(firstPath + "/agenda", "{\"problem\":\"河道保洁\"}", "If-Match", "\"1\""));
        ok(lead.post(firstPath + "/hold", "{\"attendedIds\":[\"" + townB + "\"],\"minutes\":\"时间不够\"}", "If-Match",
                "\"2\""));
        var second = schedule(lead, "第二次议事", "2022-10-01T01:00:00Z", "2022-10-01T03:00:00Z");
        String secondPath = "/api/v1/meetings/" + second.json().get("id").asText();
        String carry = "{\"carriedFromMeetingId\":\"" + firstId + "\",\"carriedFromItem\":1,\"carriedFromVersion\":";

        problem(lead.post(secondPath + "/agenda", carry + "2}", "If-Match", "\"1\""), 412, "stale-version");
        problem(lead.post(secondPath + "/agenda", "{\"carriedFromMeetingId\":\"" + firstId + "\",\"carriedFromItem\":1}",
                "If-Match", "\"1\""), 400, "invalid-value");
        problem(member.post(secondPath + "/agenda", carry + "3}", "If-Match", "\"1\""), 403, "forbidden");
        assertThat(admin.get(firstPath).header("ETag")).as("refused carries leave the earlier meeting").isEqualTo("\"3\"");
        var carried = lead.post(secondPath + "/agenda", carry + "3}", "If-Match", "\"1\"");

        valid("POST", "/api/v1/meetings/{id}/agenda", carried);
        assertThat(carried.json().get("agenda").get(0).get("raisedById").asText()).isEqualTo(townC);
        assertThat(carried.json().get("agenda").get(0).get("carriedFromMeetingId").asText()).isEqualTo(firstId);
        var origin = admin.get(firstPath);
        assertThat(origin.header("ETag")).isEqualTo("\"4\"");
        assertThat(origin.json().get("agenda").get(0).get("carriedOn").asBoolean()).isTrue();
        var audit = admin.get("/api/v1/audit?aggregateType=meeting&aggregateId=" + firstId).json().get("items");
        assertThat(audit).anySatisfy(e -> assertThat(e.get("eventType").asText()).isEqualTo("AgendaItemCarriedOn"));
    }

    @Test
    void an_item_is_never_carried_from_another_committees_meeting() {
        var other = admin.post("/api/v1/committees", "{\"tier\":\"PROFESSIONAL\",\"field\":\"CITY\",\"name\":\"城市专委会\","
                + "\"plannedOn\":\"2022-03-01\"}");
        ok(other);
        String otherId = other.json().get("id").asText();
        String department = server.register("DEPARTMENT_PARTY_BODY", "区建设交通工作党委", district).get("id").asText();
        ok(admin.post("/api/v1/committees/" + otherId + "/members", "{\"organizationId\":\"" + department
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"1\""));
        ok(admin.post("/api/v1/committees/" + otherId + "/members", "{\"organizationId\":\"" + townB
                + "\",\"role\":\"COOPERATING\",\"since\":\"2022-03-01\"}", "If-Match", "\"2\""));
        var othersMeeting = admin.post("/api/v1/meetings", "{\"mechanism\":\"SPECIAL_DELIBERATION\",\"title\":\"城市议事\","
                + "\"hostCommitteeId\":\"" + otherId + "\",\"start\":\"2022-09-01T01:00:00Z\",\"end\":\"2022-09-01T03:00:00Z\","
                + "\"venue\":\"会议室\"}");
        ok(othersMeeting);
        String othersPath = "/api/v1/meetings/" + othersMeeting.json().get("id").asText();
        ok(admin.post(othersPath + "/agenda", "{\"problem\":\"工地扬尘\",\"raisedById\":\"" + townB + "\"}", "If-Match",
                "\"1\""));
        ok(admin.post(othersPath + "/cancel", "{\"reason\":\"改期\"}", "If-Match", "\"2\""));
        var ours = schedule(lead, "本委议事", "2022-10-01T01:00:00Z", "2022-10-01T03:00:00Z");

        problem(lead.post("/api/v1/meetings/" + ours.json().get("id").asText() + "/agenda", "{\"carriedFromMeetingId\":\""
                + othersMeeting.json().get("id").asText() + "\",\"carriedFromItem\":1,\"carriedFromVersion\":3}",
                "If-Match", "\"1\""), 409, "carry-over");
        var untouched = admin.get(othersPath);
        assertThat(untouched.header("ETag")).isEqualTo("\"3\"");
        assertThat(untouched.json().get("agenda").get(0).get("carriedOn").asBoolean()).isFalse();
    }

    @Test
    void a_task_of_the_leading_town_is_verified_one_level_up_and_the_task_says_by_whom() {
        String promotion = admin.get("/api/v1/committees?tier=DISTRICT_PROMOTION").json().get("items").get(0).get("id")
                .asText();
        ok(admin.post("/api/v1/committees/" + promotion + "/members", "{\"organizationId\":\"" + district
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"1\""));
        var created = task(heldWithResolution(), townB);
        String path = "/api/v1/tasks/" + created.json().get("id").asText();
        ok(lead.post(path + "/done", "{\"on\":\"" + today() + "\"}", "If-Match", "\"1\""));

        var read = admin.get(path);
        valid("GET", "/api/v1/tasks/{id}", read);
        assertThat(read.json().get("verifier").get("kind").asText()).isEqualTo("LEAD");
        assertThat(read.json().get("verifier").get("committeeId").asText()).isEqualTo(promotion);
        assertThat(read.json().get("verifier").get("organizationId").asText()).isEqualTo(district);
        problem(lead.post(path + "/verify", "{\"on\":\"" + today() + "\"}", "If-Match", "\"2\""), 403, "forbidden");
        var verified = server.clientFor(district, "OPERATOR").post(path + "/verify", "{\"on\":\"" + today() + "\"}",
                "If-Match", "\"2\"");
        valid("POST", "/api/v1/tasks/{id}/verify", verified);
        assertThat(verified.json().get("status").asText()).isEqualTo("VERIFIED");
        assertThat(admin.get("/api/v1/tasks").json().get("items").get(0).has("verifier")).as("not in lists").isFalse();
    }

    @Test
    void what_the_figures_and_refusals_say_is_what_happened() {
        String held = heldWithResolution();
        schedule(lead, "还未召开", "2099-09-01T01:00:00Z", "2099-09-01T03:00:00Z");
        String taskPath = "/api/v1/tasks/" + task(held, townC).json().get("id").asText();
        ok(member.post(taskPath + "/done", "{\"on\":\"" + today() + "\"}", "If-Match", "\"1\""));

        var counts = admin.get("/api/v1/meeting-counts").json().get("items");
        assertThat(counts).as("only the held meeting: the one still scheduled was not held").singleElement()
                .satisfies(c -> assertThat(c.get("meetings").asInt()).isEqualTo(1));
        var closure = admin.get("/api/v1/closure").json().get("items");
        assertThat(closure.findValuesAsText("dimension")).contains("committee", "mechanism", "assignee");
        assertThat(closure).filteredOn(c -> c.get("dimension").asText().equals("assignee")).singleElement()
                .satisfies(c -> assertThat(c.get("key").asText()).isEqualTo(townC));
        var audit = admin.get("/api/v1/audit?aggregateType=task&aggregateId=" + taskPath.substring(taskPath.lastIndexOf('/')
                + 1)).json().get("items");
        assertThat(audit).filteredOn(e -> e.get("eventType").asText().equals("TaskDone")).singleElement()
                .satisfies(e -> assertThat(e.get("changes").get(0).get("oldValue").asText()).isEqualTo("OPEN"));
        var byMember = member.post("/api/v1/tasks", "{\"meetingId\":\"" + held.substring(held.lastIndexOf('/') + 1)
                + "\",\"resolution\":1,\"title\":\"越权\",\"assigneeId\":\"" + townB + "\",\"dueOn\":\"2099-12-31\"}");
        problem(byMember, 403, "forbidden");
        assertThat(byMember.json().get("detail").asText()).contains("assigns follow-up tasks").doesNotContain("convenes");
    }
}
