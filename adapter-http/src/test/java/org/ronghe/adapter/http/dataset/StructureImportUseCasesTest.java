package org.ronghe.adapter.http.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ronghe.adapter.http.dataset.StructureDocument.AreaEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ChairEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.CommitteeEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.HeldEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ItemEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.MeetingEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.MemberEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.OrganizationEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ProjectEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.PromiseEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ReasonEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ResolutionEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.TargetSystemEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.TaskEntry;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.shared.InvalidValueException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Importing documents written by hand, with keys of their own, on the in-memory adapter: what a good one builds,
 * and how a bad one is refused with nothing kept, since the import is one transaction.
 */
class StructureImportUseCasesTest {

    private static final Caller ADMIN = JiadingStructureScene.ADMIN;
    private static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);

    private final JiadingStructureScene store = new JiadingStructureScene(0xC);

    @AfterEach
    void close() {
        store.close();
    }

    private final List<OrganizationEntry> organizations = new ArrayList<>(List.of(
            organization("district", "DISTRICT_PARTY_COMMITTEE", "区委", null),
            organization("town", "TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", "district"),
            organization("culture", "DEPARTMENT_PARTY_BODY", "区文化旅游局党委", "district")));
    private final List<AreaEntry> areas = new ArrayList<>(List.of(new AreaEntry("ximen", "AREA", "西门", null,
            List.of("town"), true)));
    private final List<CommitteeEntry> committees = new ArrayList<>(List.of(
            new CommitteeEntry("promotion", "DISTRICT_PROMOTION", "推进委员会", null, null, null, PLANNED, null, null,
                    null, List.of(new MemberEntry("district", "LEAD", PLANNED, null)), null, true),
            new CommitteeEntry("ximen-committee", "AREA", "西门片区融委会", null, null, "ximen", PLANNED, null, null,
                    new ChairEntry("张三", "书记", LocalDate.of(2022, 3, 5)),
                    List.of(new MemberEntry("culture", "COOPERATING", PLANNED, null)), null, true)));
    private final List<MeetingEntry> meetings = new ArrayList<>();
    private final List<ProjectEntry> projects = new ArrayList<>();
    private final List<TargetSystemEntry> targetSystems = new ArrayList<>();
    private String format = StructureDocument.FORMAT;

    private static OrganizationEntry organization(String key, String kind, String name, String parent) {
        return new OrganizationEntry(key, kind, name, null, parent, null, true, false);
    }

    private StructureDocument document() {
        return new StructureDocument(format, LocalDate.of(2023, 4, 1), "written by hand", organizations, areas,
                committees, null, projects, meetings, null, targetSystems, null);
    }

    private StructureDocuments.Imported importDocument() {
        return new StructureDocuments(store.ronghe).importStructure(ADMIN, document());
    }

    /** A held meeting of the Ximen committee, its first item resolved, with the given tasks. */
    private MeetingEntry heldMeeting(HeldEntry held, List<TaskEntry> tasks) {
        var start = Instant.parse("2022-09-10T01:00:00Z");
        return new MeetingEntry("parking", "SPECIAL_DELIBERATION", "停车难议事会", "ximen-committee", start,
                start.plusSeconds(3600), "西门党群服务站", null, List.of(new ItemEntry("culture", "老街停车难", null)), held,
                List.of(new ResolutionEntry(1, "开放共享车位")), false, null, tasks, true);
    }

    private static TaskEntry doneTask(LocalDate verifiedOn) {
        return new TaskEntry(1, "开放共享车位", "culture", null, LocalDate.of(2022, 9, 11), LocalDate.of(2022, 12, 31), null,
                LocalDate.of(2022, 12, 1), verifiedOn, null);
    }

    private void assertNothingKept() {
        var left = new StructureDocuments(store.ronghe).export(ADMIN);
        assertThat(left.organizations()).isEmpty();
        assertThat(left.areas()).isEmpty();
        assertThat(left.committees()).isEmpty();
        assertThat(left.meetings()).isEmpty();
        assertThat(store.ronghe.audit().queries().entries(ADMIN, org.ronghe.domain.audit.AuditCriteria.all(),
                org.ronghe.application.shared.port.PageRequest.first()).totalItems()).isZero();
    }

    @Test
    void a_document_with_keys_of_its_own_is_rebuilt_with_its_references_and_a_task_done_then_reopened() {
        committees.set(1, new CommitteeEntry("ximen-committee", "AREA", "西门片区融委会", null, null, "ximen", PLANNED,
                null, null, new ChairEntry("张三", "书记", LocalDate.of(2022, 3, 5)),
                List.of(new MemberEntry("town", "LEAD", PLANNED, null),
                        new MemberEntry("culture", "COOPERATING", PLANNED, null)), null, true));
        meetings.add(heldMeeting(new HeldEntry(List.of("town", "culture"), "纪要"), List.of(new TaskEntry(1, "开放共享车位",
                "culture", null, LocalDate.of(2022, 9, 11), LocalDate.of(2022, 12, 31), null, LocalDate.of(2022, 12, 1),
                null, new ReasonEntry("车位未开放", LocalDate.of(2022, 12, 10))))));

        var imported = importDocument();

        assertThat(imported).isEqualTo(new StructureDocuments.Imported(3, 1, 2));
        var exported = new StructureDocuments(store.ronghe).export(ADMIN);
        var town = exported.organizations().stream().filter(o -> o.name().equals("嘉定镇街道党工委")).findFirst()
                .orElseThrow();
        assertThat(exported.areas()).singleElement().satisfies(a -> assertThat(a.towns()).containsExactly(town.key()));
        assertThat(exported.meetings()).singleElement().satisfies(m -> {
            assertThat(m.held().attended()).hasSize(2).contains(town.key());
            assertThat(m.tasks()).singleElement().satisfies(t -> {
                assertThat(t.doneOn()).as("a reopened task is not done").isNull();
                assertThat(t.reopened().reason()).isEqualTo("车位未开放");
            });
        });
    }

    @Test
    void a_document_of_another_format_is_refused_before_anything_is_written() {
        format = "ronghe-structure/0";

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("format:");
        assertNothingKept();
    }

    @Test
    void only_an_admin_imports_or_exports_the_structure_even_a_document_with_nothing_in_it() {
        new StructureDocuments(store.ronghe).importStructure(ADMIN, document());
        var district = store.ronghe.organizations().queries().organizations(
                org.ronghe.domain.organization.OrganizationCriteria.all(),
                org.ronghe.application.shared.port.PageRequest.first()).items().stream()
                .filter(o -> o.name().equals("区委")).findFirst().orElseThrow();
        var operator = store.operatorOf(district);
        var nothing = new StructureDocument(StructureDocument.FORMAT, null, null, null, null, null, null, null, null,
                null, null, null);

        assertThatThrownBy(() -> new StructureDocuments(store.ronghe).importStructure(operator, nothing))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new StructureDocuments(store.ronghe).importStructure(operator, document()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new StructureDocuments(store.ronghe).export(operator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_key_referred_to_but_never_defined_is_refused_and_the_organizations_registered_before_are_rolled_back() {
        committees.set(0, new CommitteeEntry("promotion", "DISTRICT_PROMOTION", "推进委员会", null, null, null, PLANNED,
                null, null, null, List.of(new MemberEntry("nowhere", "LEAD", PLANNED, null)), null, true));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("organization:").hasMessageContaining("'nowhere'");
        assertNothingKept();
    }

    @Test
    void a_parent_defined_only_further_down_is_refused() {
        organizations.add(0, organization("village", "VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "西门社区", "town"));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("parent:").hasMessageContaining("'town'");
        assertNothingKept();
    }

    @Test
    void organizations_whose_parents_go_round_in_a_circle_are_refused() {
        organizations.add(organization("east", "TOWN_PARTY_COMMITTEE", "东片", "west"));
        organizations.add(organization("west", "TOWN_PARTY_COMMITTEE", "西片", "east"));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("parent:");
        assertNothingKept();
    }

    @Test
    void a_key_used_twice_is_refused() {
        organizations.add(organization("town", "TOWN_PARTY_COMMITTEE", "马陆镇党委", "district"));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("organizations:").hasMessageContaining("'town' is missing or repeated");
        assertNothingKept();
    }

    @Test
    void an_entry_without_a_key_is_refused() {
        areas.add(new AreaEntry(null, "HUB", "枢纽", null, List.of("town"), true));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("areas:").hasMessageContaining("'null' is missing or repeated");
        assertNothingKept();
    }

    @Test
    void every_target_system_needs_a_key_of_its_own() {
        targetSystems.add(new TargetSystemEntry("plan", "十四五", 2021, 2025, null, true));
        targetSystems.add(new TargetSystemEntry("plan", "十五五", 2026, 2030, null, true));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("targetSystems:").hasMessageContaining("'plan'");
        assertNothingKept();

        targetSystems.set(1, new TargetSystemEntry(null, "十五五", 2026, 2030, null, true));
        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("targetSystems:").hasMessageContaining("'null'");
        assertNothingKept();
    }

    @Test
    void an_area_that_names_no_town_is_refused_as_the_area_rule_says() {
        areas.set(0, new AreaEntry("ximen", "AREA", "西门", null, null, true));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("towns:");
        assertNothingKept();
    }

    @Test
    void a_meeting_held_without_anyone_attending_is_refused_as_the_meeting_rule_says() {
        meetings.add(heldMeeting(new HeldEntry(null, "纪要"), null));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("attended:");
        assertNothingKept();
    }

    @Test
    void a_verified_task_of_a_committee_without_a_lead_is_refused_since_nobody_could_verify_it() {
        meetings.add(heldMeeting(new HeldEntry(List.of("culture"), "纪要"),
                List.of(doneTask(LocalDate.of(2022, 12, 5)))));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("tasks:").hasMessageContaining("'ximen-committee' has no LEAD");
        assertNothingKept();
    }

    @Test
    void a_project_without_its_working_mechanism_is_refused() {
        organizations.add(organization("transport", "DEPARTMENT_PARTY_BODY", "区交通委党组", "district"));
        projects.add(new ProjectEntry("road", "road", "路域党建", null, "transport", null, null, null, null,
                List.of(new PromiseEntry("示范路段", LocalDate.of(2022, 12, 31))), null, null, null, null, null, null, null,
                true));

        assertThatThrownBy(this::importDocument).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("mechanism");
        assertNothingKept();
    }
}
