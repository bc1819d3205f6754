package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;
import org.ronghe.adapter.http.contract.OpenApiDocument;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Jiading New City data set, loaded as RONGHE_DEMO=true loads it, against the figures of domain.md. */
class JiadingDataSetTest {

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.withJiading();
        api = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long committees(String query) {
        return api.get("/api/v1/committees?" + query).json().get("totalItems").asLong();
    }

    private static long total(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("totalItems").asLong();
    }

    @Test
    void the_nine_towns_grids_count_53_359_and_1882_over_161_7_square_kilometres_with_no_omission_and_no_dead_corner() {
        var coverage = api.get("/api/v1/grid-coverage?asOf=2023-04-04");
        assertThat(new OpenApiDocument().validate("GET", "/api/v1/grid-coverage", coverage)).isEmpty();
        var report = coverage.json();

        assertThat(report.get("towns").asInt()).isEqualTo(9);
        assertThat(report.get("areaGrids").asInt()).isEqualTo(53);
        assertThat(report.get("villageGrids").asInt()).isEqualTo(359);
        assertThat(report.get("microGrids").asInt()).isEqualTo(1_882);
        assertThat(report.get("squareKilometres").asDouble()).isCloseTo(161.7, org.assertj.core.data.Percentage
                .withPercentage(0.5));
        assertThat(report.get("holds").asBoolean()).as(report.toString()).isTrue();
        var located = api.get("/api/v1/grids/locate?lon=121.26&lat=31.36&asOf=2023-04-04").json();
        assertThat(located.get("micro").get("code").asText()).matches("[A-Z]+-M\\d{4}");
        assertThat(located.get("village").get("responsibleOrganizationName").asText()).contains("村居党组织");
        // the target system's grid indicator counts them live
        String system = api.get("/api/v1/target-systems").json().get("items").get(0).get("id").asText();
        var p04 = api.get("/api/v1/target-systems/" + system + "/indicators/P-04?asOf=2023-04-04").json();
        assertThat(p04.toString()).contains("2294");
    }

    @Test
    void twelve_deliberation_meetings_close_the_loop_with_overdue_tasks_and_closure_rates_per_committee() {
        assertThat(total("/api/v1/meetings?mechanism=SPECIAL_DELIBERATION")).isEqualTo(12);
        assertThat(total("/api/v1/meetings?mechanism=COMPREHENSIVE_JOINT")).isPositive();
        assertThat(total("/api/v1/meetings?mechanism=ROUTINE_LIAISON")).isPositive();
        for (String status : List.of("SCHEDULED", "HELD", "MINUTES_APPROVED", "CANCELLED")) {
            assertThat(total("/api/v1/meetings?status=" + status)).as(status).isPositive();
        }
        for (String status : List.of("OPEN", "IN_PROGRESS", "DONE", "VERIFIED", "REOPENED")) {
            assertThat(total("/api/v1/tasks?status=" + status)).as(status).isPositive();
        }
        var overdue = api.get("/api/v1/overdue-tasks?asOf=2023-04-04");
        assertThat(new OpenApiDocument().validate("GET", "/api/v1/overdue-tasks", overdue)).isEmpty();
        assertThat(overdue.json().get("items")).isNotEmpty().allSatisfy(task -> {
            assertThat(task.get("overdue").asBoolean()).isTrue();
            assertThat(task.get("daysLate").asLong()).isPositive();
        });
        var closure = api.get("/api/v1/closure?asOf=2023-04-04").json().get("items");
        List<JsonNode> perCommittee = new java.util.ArrayList<>();
        closure.forEach(c -> {
            if (c.get("dimension").asText().equals("committee")) {
                perCommittee.add(c);
            }
        });
        assertThat(perCommittee).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(c -> assertThat(c.get("closureRate").asDouble()).isBetween(0.0, 1.0));
        var calendar = api.get("/api/v1/meetings.ics");
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR").contains("专题议事会");
    }

    @Test
    void co_work_is_recorded_in_all_five_forms_and_a_withdrawn_record_does_not_count() {
        var counts = api.get("/api/v1/activity-counts").json().get("items");
        List<JsonNode> forms = new java.util.ArrayList<>();
        counts.forEach(c -> {
            if (c.get("dimension").asText().equals("form")) {
                forms.add(c);
            }
        });
        assertThat(forms).hasSize(5).allSatisfy(c -> assertThat(c.get("activities").asLong()).isPositive());
        assertThat(forms.stream().mapToLong(c -> c.get("activities").asLong()).sum()).isEqualTo(10);
        assertThat(total("/api/v1/activities?includeWithdrawn=true")).isEqualTo(11);
        assertThat(counts.findParents("dimension").stream().filter(c -> c.get("dimension").asText().equals("committee")))
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void one_promotion_four_professional_six_area_committees_two_established_four_planned() {
        assertThat(committees("tier=DISTRICT_PROMOTION")).isEqualTo(1);
        assertThat(committees("tier=PROFESSIONAL")).isEqualTo(4);
        assertThat(committees("tier=AREA")).isEqualTo(6);
        assertThat(committees("tier=AREA&status=ESTABLISHED")).isEqualTo(2);
        assertThat(committees("tier=AREA&status=PLANNED")).isEqualTo(4);
        assertThat(api.get("/api/v1/areas").json().get("items")).hasSize(6);
        assertThat(api.get("/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE").json().get("totalItems").asLong())
                .isEqualTo(9);
        List<String> established = new java.util.ArrayList<>();
        api.get("/api/v1/committees?tier=AREA&status=ESTABLISHED").json().get("items")
                .forEach(c -> established.add(c.get("name").asText()));
        assertThat(established).containsExactlyInAnyOrder("西门历史文化街区片区融委会", "远香文化源片区融委会");
    }

    @Test
    void at_least_70_regional_units_sit_in_the_professional_committees() {
        Set<String> units = new HashSet<>();
        for (JsonNode committee : api.get("/api/v1/committees?tier=PROFESSIONAL").json().get("items")) {
            for (JsonNode member : committee.get("members")) {
                String kind = api.get("/api/v1/organizations/" + member.get("organizationId").asText()).json()
                        .get("kind").asText();
                if (kind.equals("REGIONAL_UNIT")) {
                    units.add(member.get("organizationId").asText());
                }
            }
        }
        assertThat(units.size()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void as_of_a_day_before_its_establishment_the_ximen_committee_was_planned() {
        JsonNode ximen = api.get("/api/v1/committees?tier=AREA&status=ESTABLISHED").json().get("items").findParents("name")
                .stream().filter(c -> c.get("name").asText().startsWith("西门")).findFirst().orElseThrow();
        String id = ximen.get("id").asText();

        assertThat(api.get("/api/v1/committees/" + id + "?asOf=2022-06-29").json().get("status").asText())
                .isEqualTo("PLANNED");
        assertThat(api.get("/api/v1/committees/" + id + "?asOf=2022-06-30").json().get("status").asText())
                .isEqualTo("ESTABLISHED");
        var structure = api.get("/api/v1/structure?asOf=2022-06-29").json();
        assertThat(structure.get("counts").get("AREA").get("ESTABLISHED").asLong()).isZero();
        assertThat(structure.get("roots").get(0).get("children")).hasSize(10);
    }

    @Test
    void every_area_committee_is_led_by_a_town_of_its_area() {
        for (JsonNode committee : api.get("/api/v1/committees?tier=AREA").json().get("items")) {
            var leads = committee.get("members").findParents("role").stream()
                    .filter(m -> m.get("role").asText().equals("LEAD")).toList();
            assertThat(leads).hasSize(1);
            var area = api.get("/api/v1/areas/" + committee.get("areaId").asText()).json();
            List<String> towns = new java.util.ArrayList<>();
            area.get("towns").forEach(t -> towns.add(t.asText()));
            assertThat(towns).contains(leads.get(0).get("organizationId").asText());
        }
    }

    @Test
    void twenty_domain_projects_each_with_one_department_as_flag_bearer_and_an_ordered_overdue_list() {
        JsonNode projects = api.get("/api/v1/projects?size=100&asOf=2023-04-04").json();
        assertThat(projects.get("totalItems").asLong()).isEqualTo(20);
        for (JsonNode project : projects.get("items")) {
            String kind = api.get("/api/v1/organizations/" + project.get("flagBearerId").asText()).json().get("kind")
                    .asText();
            assertThat(kind).as(project.get("title").asText()).isEqualTo("DEPARTMENT_PARTY_BODY");
        }
        JsonNode road = projects.get("items").findParents("domain").stream()
                .filter(p -> p.get("domain").asText().equals("road")).findFirst().orElseThrow();
        assertThat(api.get("/api/v1/organizations/" + road.get("flagBearerId").asText()).json().get("name").asText())
                .isEqualTo("区交通委党组");
        JsonNode overdue = api.get("/api/v1/overdue-commitments?asOf=2023-04-04").json().get("items");
        assertThat(overdue.size()).isPositive();
        List<Long> daysLate = new java.util.ArrayList<>();
        overdue.forEach(o -> daysLate.add(o.get("daysLate").asLong()));
        assertThat(daysLate).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(api.get("/api/v1/responsibility-map?asOf=2023-04-04").json().get("items")).hasSize(20);
    }

    @Test
    void the_export_obeys_the_document_and_imports_into_an_empty_store_with_the_same_structure() {
        var exported = api.get("/api/v1/export");
        assertThat(new OpenApiDocument().validate("GET", "/api/v1/export", exported)).isEmpty();

        try (var storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
            var ronghe = Ronghe.on(storage);
            var imported = DataSets.load(ronghe, DataSets.read(new java.io.ByteArrayInputStream(
                    exported.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))), "round trip");
            assertThat(imported.committees()).isEqualTo(11);
            assertThat(ronghe.projects().queries().projects(org.ronghe.domain.project.ProjectCriteria.all(), null,
                    org.ronghe.application.shared.port.PageRequest.first()).totalItems()).isEqualTo(20);
            var again = new org.ronghe.adapter.http.dataset.StructureDocuments(ronghe).export(org.ronghe.application.shared.port.Caller.system("test"));
            assertThat(again.organizations()).hasSize(exported.json().get("organizations").size());
            assertThat(again.committees().stream().map(c -> c.name() + "/" + c.establishedOn() + "/" + c.members().size())
                    .toList()).containsExactlyInAnyOrderElementsOf(exported.json().get("committees").findParents("tier")
                            .stream().map(c -> c.get("name").asText() + "/" + (c.get("establishedOn").isNull() ? "null"
                                    : c.get("establishedOn").asText()) + "/" + c.get("members").size()).toList());
            assertThat(exported.json().get("meetings")).hasSize(17);
            assertThat(again.activities()).hasSize(11).filteredOn(a -> a.withdrawn() != null).hasSize(1);
            // every grid comes back with its code, parent, boundary and roles
            assertThat(again.gridPlans()).hasSize(9);
            var exportedGrids = new java.util.ArrayList<String>();
            exported.json().get("gridPlans").forEach(plan -> plan.get("grids").forEach(g -> exportedGrids.add(
                    g.get("code").asText() + "/" + g.get("parentCode").asText() + "/" + g.get("territory").asText() + "/"
                            + g.get("roles").size())));
            assertThat(exportedGrids).hasSize(2_294);
            assertThat(again.gridPlans().stream().flatMap(plan -> plan.grids().stream()).map(g -> g.code() + "/"
                    + g.parentCode() + "/" + g.territory() + "/" + g.roles().size()).toList())
                    .containsExactlyInAnyOrderElementsOf(exportedGrids);
            assertThat(again.targetSystems()).singleElement().satisfies(t -> {
                assertThat(t.indicators()).hasSize(33);
                assertThat(t.indicators().stream().map(i -> i.code() + "/" + i.category() + "/" + i.live() + "/"
                        + i.readings().stream().map(r -> r.value().stripTrailingZeros().toPlainString() + "@" + r.asOf()
                                + "^" + r.corrects()).toList()).toList())
                        .containsExactlyElementsOf(exported.json().get("targetSystems").get(0).get("indicators")
                                .findParents("code").stream().map(i -> i.get("code").asText() + "/"
                                        + i.get("category").asText() + "/" + (i.get("live").isNull() ? "null"
                                                : i.get("live").asText()) + "/" + java.util.stream.StreamSupport
                                                        .stream(i.get("readings").spliterator(), false)
                                                        .map(r -> r.get("value").decimalValue().stripTrailingZeros()
                                                                .toPlainString() + "@" + r.get("asOf").asText() + "^"
                                                                + (r.get("corrects").isNull() ? "null"
                                                                        : r.get("corrects").asText()))
                                                        .toList()).toList());
            });
            assertThat(again.meetings().stream().map(m -> m.title() + "/" + m.minutesApproved() + "/" + m.cancelled() + "/"
                    + m.resolutions().size() + "/" + m.tasks().stream().map(t -> t.title() + ":" + t.verifiedOn() + ":"
                            + (t.reopened() != null)).sorted().toList()).toList())
                    .containsExactlyInAnyOrderElementsOf(exported.json().get("meetings").findParents("mechanism").stream()
                            .map(m -> m.get("title").asText() + "/" + m.get("minutesApproved").asBoolean() + "/"
                                    + (m.get("cancelled").isNull() ? "null" : m.get("cancelled").asText()) + "/"
                                    + m.get("resolutions").size() + "/" + m.get("tasks").findParents("assignee").stream()
                                            .map(t -> t.get("title").asText() + ":" + (t.get("verifiedOn").isNull() ? "null"
                                                    : t.get("verifiedOn").asText()) + ":" + !t.get("reopened").isNull())
                                            .sorted().toList()).toList());
        }
    }

    @Test
    void a_store_whose_district_party_committee_was_replaced_exports_and_imports_itself_with_retired_ones_retired() {
        try (var server = TestServer.onMemory()) {
            var admin = server.admin();
            String earliest = server.register("DISTRICT_PARTY_COMMITTEE", "中共嘉定县委（旧）", null).get("id").asText();
            assertThat(admin.post("/api/v1/organizations/" + earliest + "/retire", "", "If-Match", "\"1\"").status())
                    .isEqualTo(200);
            String former = server.register("DISTRICT_PARTY_COMMITTEE", "中共嘉定县委员会", null).get("id").asText();
            String formerOffice = server.register("DEPARTMENT_PARTY_BODY", "县委办公室", former).get("id").asText();
            assertThat(admin.post("/api/v1/organizations/" + formerOffice + "/retire", "", "If-Match", "\"1\"").status())
                    .isEqualTo(200);
            assertThat(admin.post("/api/v1/organizations/" + former + "/retire", "", "If-Match", "\"1\"").status())
                    .isEqualTo(200);
            String district = server.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null).get("id").asText();
            String town = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
            String village = server.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "旧村", town).get("id").asText();
            assertThat(admin.post("/api/v1/organizations/" + village + "/retire", "", "If-Match", "\"1\"").status())
                    .isEqualTo(200);
            var exported = admin.get("/api/v1/export");
            assertThat(new OpenApiDocument().validate("GET", "/api/v1/export", exported)).isEmpty();

            try (var storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
                var ronghe = Ronghe.on(storage);
                DataSets.load(ronghe, DataSets.read(new java.io.ByteArrayInputStream(
                        exported.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))), "round trip");
                var again = new org.ronghe.adapter.http.dataset.StructureDocuments(ronghe).export(org.ronghe.application.shared.port.Caller.system("test"));

                assertThat(again.organizations().stream().map(o -> o.name() + "/" + o.retired()).toList())
                        .containsExactlyInAnyOrder("中共嘉定县委（旧）/true", "中共嘉定县委员会/true", "县委办公室/true",
                                "中共上海市嘉定区委员会/false",
                                "南翔镇党委/false", "旧村/true");
            }
        }
    }

    @Test
    void the_data_sets_own_audit_entries_name_the_loader_as_their_actor() {
        var entries = api.get("/api/v1/audit?aggregateType=organization&size=5").json().get("items");

        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("actor").asText()).isEqualTo("system:demo data set");
            assertThat(e.get("actorTokenId").isNull()).isTrue();
        });
    }

    @Test
    void the_readme_counts_what_the_data_set_holds() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        var document = DataSets.jiading();
        var kinds = new java.util.HashMap<String, Integer>();
        document.organizations().forEach(o -> kinds.merge(o.kind(), 1, Integer::sum));

        assertThat(readme).contains(kinds.get("DEPARTMENT_PARTY_BODY") + " district departments",
                kinds.get("TOWN_PARTY_COMMITTEE") + " towns and subdistricts", kinds.get("REGIONAL_UNIT") + " regional units");
    }

    @Test
    void the_target_system_has_five_categories_and_33_indicators_and_its_live_indicator_follows_an_establishment() {
        // Its own server: establishing a committee here must not change what the other tests count.
        try (var own = TestServer.withJiading()) {
            var admin = own.admin();
            var systems = admin.get("/api/v1/target-systems").json();
            assertThat(systems.get("totalItems").asInt()).isEqualTo(1);
            String system = "/api/v1/target-systems/" + systems.get("items").get(0).get("id").asText();
            var document = new OpenApiDocument();
            var whole = admin.get(system + "?asOf=2023-04-04");
            assertThat(document.validate("GET", "/api/v1/target-systems/{id}", whole)).isEmpty();
            var indicators = whole.json().get("indicators");
            assertThat(indicators).hasSize(33);
            assertThat(indicators.findValuesAsText("category")).containsOnly("NORMATIVE", "DEVELOPMENTAL", "PRACTICAL",
                    "SHARED", "COLLABORATIVE").hasSize(33);
            assertThat(new HashSet<>(indicators.findValuesAsText("category"))).hasSize(5);
            assertThat(indicators.findParents("code").stream().filter(i -> i.get("readings").size() > 0)
                    .flatMap(i -> java.util.stream.StreamSupport.stream(i.get("readings").spliterator(), false))
                    .map(r -> r.get("asOf").asText().substring(0, 4)).distinct().sorted().toList())
                    .containsExactly("2021", "2022", "2023");

            var before = admin.get(system + "/dashboard?asOf=2023-04-04");
            assertThat(document.validate("GET", "/api/v1/target-systems/{id}/dashboard", before)).isEmpty();
            assertThat(before.json().get("categories").findValuesAsText("category")).containsExactly("NORMATIVE",
                    "DEVELOPMENTAL", "PRACTICAL", "SHARED", "COLLABORATIVE");
            assertThat(before.json().get("overall").get("indicators").asInt()).isEqualTo(33);
            assertThat(liveValue(before.json(), "P-01")).isEqualTo(2);
            var attainments = before.json().get("indicators").findValuesAsText("attainment");
            assertThat(attainments).isSortedAccordingTo(java.util.Comparator.comparing(
                    org.ronghe.domain.targetsystem.Attainment::valueOf));

            var core = admin.get("/api/v1/committees?tier=AREA&status=PLANNED").json().get("items").get(0);
            var established = admin.post("/api/v1/committees/" + core.get("id").asText() + "/establish",
                    "{\"on\":\"2023-04-01\"}", "If-Match", "\"" + core.get("version").asLong() + "\"");
            assertThat(established.status()).as(established.body()).isEqualTo(200);

            var after = admin.get(system + "/dashboard?asOf=2023-04-04").json();
            assertThat(liveValue(after, "P-01")).isEqualTo(3);
            assertThat(liveValue(admin.get(system + "/dashboard?asOf=2023-03-31").json(), "P-01")).isEqualTo(2);
            assertThat(admin.get(system + "/indicators/P-01").json().get("live").get("figure").asText())
                    .isEqualTo("ESTABLISHED_AREA_COMMITTEES");
        }
    }

    private static int liveValue(JsonNode dashboard, String code) {
        return dashboard.get("indicators").findParents("code").stream().filter(i -> i.get("code").asText().equals(code))
                .findFirst().orElseThrow().get("value").asInt();
    }

    @Test
    void the_import_command_loads_a_file_into_an_h2_database(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("jiading.json");
        Files.write(file, DataSets.class.getResourceAsStream(DataSets.JIADING).readAllBytes());
        String url = "jdbc:h2:file:" + directory.resolve("ronghe");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RongheServer.class.getName(), "import", file.toString());
        builder.environment().put("RONGHE_DB_URL", url);
        builder.redirectErrorStream(true).redirectOutput(directory.resolve("import.log").toFile());
        int exit = builder.start().waitFor();
        assertThat(exit).as(Files.readString(directory.resolve("import.log"))).isZero();

        try (var server = ServerProcess.start(directory, "after-import", Map.of("RONGHE_DB_URL", url))) {
            assertThat(server.admin().get("/api/v1/committees").json().get("totalItems").asLong()).isEqualTo(11);
        }
    }

    @Test
    void city_cases_in_every_state_as_of_the_reference_day_with_some_late_escalated_repeated_and_one_short_board() {
        assertThat(total("/api/v1/cases")).isEqualTo(318);
        for (String status : new String[] {"RECEIVED", "FILED", "INVALID", "DISPATCHED", "RETURNED", "SIGNED_FOR",
                "HANDLING", "SUSPENDED", "RESPONDED", "VERIFY_FAILED", "VERIFIED", "CLOSED"}) {
            assertThat(total("/api/v1/cases?status=" + status)).as(status).isPositive();
        }
        assertThat(total("/api/v1/cases?status=CLOSED")).isEqualTo(253);
        var policy = api.get("/api/v1/case-policy").json();
        assertThat(policy.get("categories")).hasSize(12);
        assertThat(policy.get("categories").findValuesAsText("code")).contains("TRAFFIC_CONGESTION",
                "ILLEGAL_BUILDING", "FIRE_LANE", "WATERLOGGING", "HIGH_POINT_ALERT");
        assertThat(policy.get("calendar").get("holidays").get(0).asText()).isEqualTo("2021-01-01");
        var figures = api.get("/api/v1/case-figures?by=town&asOf=2023-04-04T01:30:00Z").json().get("rows");
        long overdue = 0;
        long escalations = 0;
        long duplicates = 0;
        long received = 0;
        for (var row : figures) {
            overdue += row.get("openPastLimit").asLong();
            escalations += row.get("escalations").asLong();
            duplicates += row.get("duplicates").asLong();
            received += row.get("received").asLong();
        }
        assertThat(received).isEqualTo(318);
        assertThat(overdue).as("some open past their limits on the reference day").isPositive();
        assertThat(escalations).isPositive();
        assertThat(duplicates).as("repeats joined open cases").isPositive();
        var problems = api.get("/api/v1/short-board-problems").json();
        assertThat(problems.get("totalItems").asInt()).isEqualTo(1);
        assertThat(problems.get("items").get(0).get("villageGridCode").asText()).isEqualTo("NX-V001");
        assertThat(problems.get("items").get(0).get("committeeName").asText()).isEqualTo("南翔东片区融委会");
        String jiangqiao = null;
        for (var town : api.get("/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE&size=100").json().get("items")) {
            if (town.get("name").asText().equals("江桥镇党委")) {
                jiangqiao = town.get("id").asText();
            }
        }
        assertThat(total("/api/v1/cases?status=SIGNED_FOR&townId=" + jiangqiao))
                .as("the three outside every grid, filed to 江桥 by the district").isEqualTo(3);
    }
}
