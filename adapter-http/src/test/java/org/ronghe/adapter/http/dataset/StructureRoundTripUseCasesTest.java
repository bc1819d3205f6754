package org.ronghe.adapter.http.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ronghe.adapter.http.dataset.StructureDocument.ActivityEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.CommitteeEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.MeetingEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.MemberEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.NoteEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.OrganizationEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ProjectEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ReadingEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.ReasonEntry;
import org.ronghe.adapter.http.dataset.StructureDocument.TaskEntry;
import org.ronghe.application.organization.port.in.OrganizationView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole structure exported from one store and imported into an empty one, through the use cases, on the
 * in-memory adapter: the second store exports the same structure, with ids of its own.
 */
class StructureRoundTripUseCasesTest {

    private final JiadingStructureScene original = new JiadingStructureScene(0xA).build();
    private final JiadingStructureScene copy = new JiadingStructureScene(0xB);

    @AfterEach
    void close() {
        original.close();
        copy.close();
    }

    private StructureDocument exported() {
        return new StructureDocuments(original.ronghe).export(JiadingStructureScene.ADMIN);
    }

    @Test
    void an_export_imported_into_an_empty_store_exports_the_same_structure_under_new_ids() {
        StructureDocument exported = exported();

        var imported = new StructureDocuments(copy.ronghe).importStructure(JiadingStructureScene.ADMIN, exported);
        StructureDocument again = new StructureDocuments(copy.ronghe).export(JiadingStructureScene.ADMIN);

        assertThat(imported).isEqualTo(new StructureDocuments.Imported(13, 3, 4));
        assertThat(JiadingStructureScene.withoutIds(again)).isEqualTo(JiadingStructureScene.withoutIds(exported));
        assertThat(again.organizations()).extracting(OrganizationEntry::key)
                .doesNotContainAnyElementsOf(exported.organizations().stream().map(OrganizationEntry::key).toList());
    }

    @Test
    void the_export_lists_every_organization_after_its_parent_and_marks_the_retired_ones() {
        var organizations = exported().organizations();

        Set<String> listed = new HashSet<>();
        for (var organization : organizations) {
            assertThat(organization.parent() == null || listed.contains(organization.parent()))
                    .as("the parent of %s comes before it", organization.name()).isTrue();
            listed.add(organization.key());
        }
        assertThat(organizations).hasSize(13).filteredOn(OrganizationEntry::retired).extracting(OrganizationEntry::name)
                .containsExactlyInAnyOrder("中共嘉定县委员会", "城厢镇党委", "城中村党支部", "菊园新区党工委");
        assertThat(organizations).filteredOn(o -> o.name().equals("昆山市")).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("NEIGHBOURING_JURISDICTION");
            assertThat(o.nameEn()).isEqualTo("Kunshan");
            assertThat(o.jurisdiction()).isEqualTo("江苏省昆山市");
            assertThat(o.parent()).isNull();
        });
        assertThat(organizations).filteredOn(o -> o.name().equals("西门社区党委")).singleElement()
                .satisfies(o -> assertThat(o.parent()).isEqualTo(id(original.jiadingTown)));
    }

    private static String id(OrganizationView organization) {
        return organization.id().toString();
    }

    private static CommitteeEntry committee(StructureDocument document, String name) {
        return document.committees().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void the_export_keeps_each_committees_chair_seats_with_their_days_rules_and_dates() {
        var document = exported();

        assertThat(document.areas()).hasSize(3).filteredOn(a -> a.layout().equals("HUB")).singleElement()
                .satisfies(hub -> assertThat(hub.towns()).containsExactlyInAnyOrder(id(original.malu),
                        id(original.juyuan)));
        var ximen = committee(document, "西门历史文化街区片区融委会");
        assertThat(ximen.area()).isEqualTo(original.ximen.id().toString());
        assertThat(ximen.chair().name()).isEqualTo("张三");
        assertThat(ximen.members()).hasSize(5).contains(new MemberEntry(id(original.ximenVillage), "PARTICIPATING",
                LocalDate.of(2022, 3, 1), LocalDate.of(2022, 12, 31)));
        assertThat(ximen.rules()).extracting(r -> r.kind() + " " + r.title())
                .containsExactly("WORK_RULES 片区融委会工作规则", "PROCEDURE_RULES 片区融委会议事规则");
        assertThat(ximen.establishedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
        var culture = committee(document, "文化高地专业委员会");
        assertThat(culture.field()).isEqualTo("CULTURE");
        assertThat(culture.chair()).isNull();
        assertThat(culture.establishedOn()).isNull();
        var yuanxiang = committee(document, "远香文化源片区融委会");
        assertThat(yuanxiang.dissolvedOn()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(yuanxiang.members()).extracting(MemberEntry::until).containsExactly(LocalDate.of(2022, 12, 31),
                LocalDate.of(2022, 12, 31), LocalDate.of(2022, 6, 1));
    }

    private static ProjectEntry project(StructureDocument document, String title) {
        return document.projects().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void the_export_tells_how_far_each_project_came_with_the_days_it_can_know() {
        var document = exported();

        assertThat(document.domains()).extracting(d -> d.code()).containsExactly("river", "road");
        var road = project(document, "嘉定新城路域党建");
        assertThat(road.coOrganizations()).hasSize(2);
        assertThat(road.areas()).hasSize(2);
        assertThat(road.committees()).containsExactly(original.ximenCommittee.id().toString());
        assertThat(road.commitments()).extracting(c -> c.deliverable()).containsExactly("示范路段", "联合执法队");
        assertThat(road.progress()).extracting(p -> p.commitment() + " " + p.status()).containsExactly("1 DONE",
                "2 IN_PROGRESS");
        assertThat(road.comments()).singleElement().satisfies(c -> assertThat(c.author()).isEqualTo(
                id(original.jiadingTown)));
        assertThat(road.startedOn()).as("the start day is not kept: the signing day stands in").isEqualTo(
                road.signedOn());
        assertThat(project(document, "河域党建").completedOn()).as("the last progress report").isEqualTo(
                LocalDate.of(2022, 10, 15));
        assertThat(project(document, "智慧交通试点").suspended()).isEqualTo(new ReasonEntry("资金未到位",
                JiadingStructureScene.TODAY));
        assertThat(project(document, "河长制联动")).satisfies(p -> {
            assertThat(p.cancelled()).isEqualTo(new ReasonEntry("并入河域党建", JiadingStructureScene.TODAY));
            assertThat(p.signedOn()).isNull();
            assertThat(p.startedOn()).isNull();
        });
        assertThat(project(document, "滨水空间共建")).satisfies(p -> {
            assertThat(p.signedOn()).isEqualTo(LocalDate.of(2023, 1, 10));
            assertThat(p.startedOn()).as("signed, not started").isNull();
        });
        assertThat(project(document, "慢行系统").signedOn()).isNull();
    }

    private static MeetingEntry meeting(StructureDocument document, String title) {
        return document.meetings().stream().filter(m -> m.title().equals(title)).findFirst().orElseThrow();
    }

    private static TaskEntry task(MeetingEntry meeting, String title) {
        return meeting.tasks().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void the_export_keeps_each_meetings_agenda_attendance_resolutions_and_tasks_as_far_as_they_came() {
        var document = exported();

        var parking = meeting(document, "停车难专项议事会");
        assertThat(parking.invited()).containsExactly(id(original.organizationDepartment));
        assertThat(parking.agenda()).extracting(i -> i.link()).containsExactly("project:" + original.road.id(),
                "area:" + original.ximen.id(), null);
        assertThat(parking.held().attended()).hasSize(3);
        assertThat(parking.resolutions()).hasSize(2);
        assertThat(parking.minutesApproved()).isTrue();
        assertThat(parking.tasks()).hasSize(5);
        assertThat(task(parking, "开放共享车位")).satisfies(t -> {
            assertThat(t.coAssignees()).containsExactly(id(original.transport));
            assertThat(t.progress()).containsExactly(new NoteEntry("已排查车位", LocalDate.of(2022, 10, 1)),
                    new NoteEntry("签订共享协议", LocalDate.of(2022, 11, 1)));
            assertThat(t.doneOn()).isEqualTo(LocalDate.of(2022, 12, 1));
            assertThat(t.verifiedOn()).isEqualTo(LocalDate.of(2022, 12, 5));
        });
        assertThat(task(parking, "河道保洁")).as("reopened: its latest note's day stands in for the reopening")
                .satisfies(t -> {
                    assertThat(t.doneOn()).isNull();
                    assertThat(t.reopened()).isEqualTo(new ReasonEntry("复查仍有垃圾", LocalDate.of(2022, 12, 20)));
                });
        assertThat(task(parking, "停车引导").reopened()).as("no notes: the day it was created stands in")
                .isEqualTo(new ReasonEntry("引导牌被遮挡", LocalDate.of(2022, 9, 13)));
        assertThat(task(parking, "公交接驳")).satisfies(t -> {
            assertThat(t.doneOn()).isNull();
            assertThat(t.reopened()).isNull();
        });
        var liaison = meeting(document, "季度联络会");
        assertThat(liaison.held()).isNotNull();
        assertThat(liaison.minutesApproved()).isFalse();
        assertThat(liaison.tasks()).singleElement().satisfies(t -> assertThat(t.verifiedOn()).isNotNull());
        var joint = meeting(document, "融合型党建联席会议");
        assertThat(joint.cancelled()).isEqualTo("疫情防控");
        assertThat(joint.held()).isNull();
        assertThat(meeting(document, "文化高地联络会")).satisfies(m -> {
            assertThat(m.held()).isNull();
            assertThat(m.cancelled()).isNull();
            assertThat(m.agenda()).isEmpty();
        });
    }

    @Test
    void the_export_keeps_withdrawn_co_work_and_every_indicator_with_its_readings() {
        var document = exported();

        assertThat(document.activities()).hasSize(3);
        assertThat(document.activities()).filteredOn(a -> a.withdrawn() != null).singleElement().satisfies(a -> {
            assertThat(a.withdrawn()).isEqualTo("误登");
            assertThat(a.committee()).isEqualTo(original.promotion.id().toString());
        });
        assertThat(document.activities()).filteredOn(a -> a.committee() == null).singleElement()
                .extracting(ActivityEntry::organizations).asList().containsExactlyInAnyOrder(id(original.transport),
                        id(original.kunshan));
        assertThat(document.targetSystems()).extracting(t -> t.title()).as("the latest plan period first")
                .containsExactly("嘉定新城近期融合目标", "嘉定新城“十四五”融合目标");
        var plan = document.targetSystems().get(1);
        assertThat(plan.indicators()).hasSize(2);
        assertThat(plan.indicators().get(0)).satisfies(i -> {
            assertThat(i.interimTargets()).containsOnly(entry("2022", new BigDecimal("8")),
                    entry("2023", new BigDecimal("12")));
            assertThat(i.projects()).hasSize(2);
            assertThat(i.committees()).containsExactly(original.ximenCommittee.id().toString());
            assertThat(i.areas()).containsExactly(original.ximen.id().toString());
            assertThat(i.responsible()).isEqualTo(id(original.organizationDepartment));
            assertThat(i.live()).isNull();
            assertThat(i.readings()).extracting(ReadingEntry::corrects).containsExactly(null, null, 2);
        });
        assertThat(plan.indicators().get(1).live()).isEqualTo("ESTABLISHED_AREA_COMMITTEES");
        assertThat(List.of(document.format(), document.description())).containsExactly(StructureDocument.FORMAT,
                "export");
    }
}
