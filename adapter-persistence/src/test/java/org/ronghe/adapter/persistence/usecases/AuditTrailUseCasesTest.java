package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.shared.BilingualName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail of the structure of the new city: each write leaves one entry on the aggregate it wrote, naming
 * who acted and only the fields it set or changed, with their old and new values.
 */
class AuditTrailUseCasesTest {

    private static final Caller ADMIN = OnMemory.ADMIN;
    private static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);

    private final OnMemory memory = new OnMemory();
    private final Ronghe ronghe = memory.ronghe;

    @AfterEach
    void close() {
        memory.close();
    }

    private OrganizationView register(String kind, String name, String nameEn, OrganizationView parent,
            String jurisdiction) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(kind, name, nameEn,
                parent == null ? null : parent.id().toString(), jurisdiction));
    }

    private AuditEntry only(Object aggregateId) {
        var entries = memory.auditOf(aggregateId.toString());
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private AuditEntry only(Object aggregateId, String eventType) {
        var entries = memory.auditOf(aggregateId.toString()).stream().filter(e -> e.eventType().equals(eventType))
                .toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    @Test
    void registering_an_organization_records_its_kind_names_parent_jurisdiction_and_status_only_where_given() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", "Jiading District Committee", null, "嘉定区");
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district, null);

        assertThat(only(district.id())).satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("organization");
            assertThat(e.eventType()).isEqualTo("OrganizationRegistered");
            assertThat(e.changes()).containsExactly(new FieldChange("kind", null, "DISTRICT_PARTY_COMMITTEE"),
                    new FieldChange("name", null, "区委"), new FieldChange("nameEn", null, "Jiading District Committee"),
                    new FieldChange("jurisdiction", null, "嘉定区"), new FieldChange("status", null, "ACTIVE"));
        });
        assertThat(only(town.id()).changes()).containsExactly(new FieldChange("kind", null, "TOWN_PARTY_COMMITTEE"),
                new FieldChange("name", null, "南翔镇党委"), new FieldChange("parentId", null, district.id().toString()),
                new FieldChange("status", null, "ACTIVE"));
    }

    @Test
    void the_system_acting_is_named_by_its_purpose_and_an_operator_by_its_token_and_organization() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", null, null, null);
        var department = register("DEPARTMENT_PARTY_BODY", "区交通委党组", null, district, null);
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district, null);
        var operator = memory.operatorOf(town);
        var activity = ronghe.activities().commands().record(operator, new org.ronghe.application.activity.port.in
                .RecordActivityCommand(org.ronghe.domain.activity.CoWorkForm.RESEARCH_DONE_TOGETHER, "联合调研", null,
                        Set.of(town.id(), department.id()), LocalDate.of(2022, 5, 20), null)).activity();

        assertThat(only(district.id())).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("system:use cases");
            assertThat(e.actorToken()).isNull();
            assertThat(e.actorOrganization()).isNull();
            assertThat(e.requestId()).isEqualTo("use cases");
        });
        assertThat(only(activity.id())).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("token:" + operator.token());
            assertThat(e.actorToken()).isEqualTo(operator.token().toString());
            assertThat(e.actorOrganization()).isEqualTo(town.id().toString());
            assertThat(e.requestId()).isEqualTo("req");
        });
    }

    @Test
    void issuing_a_token_records_its_organization_role_and_label_if_any() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", null, null, null);
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district, null);

        var labelled = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(town.id(), Role.OPERATOR, "南翔值班"));
        var plain = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(district.id(), Role.READER, null));

        assertThat(only(labelled.token().id())).satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("token");
            assertThat(e.changes()).containsExactly(new FieldChange("organizationId", null, town.id().toString()),
                    new FieldChange("role", null, "OPERATOR"), new FieldChange("label", null, "南翔值班"));
        });
        assertThat(only(plain.token().id()).changes()).containsExactly(new FieldChange("organizationId", null,
                district.id().toString()), new FieldChange("role", null, "READER"));
    }

    @Test
    void defining_an_area_records_its_layout_names_and_towns_in_order() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", null, null, null);
        var nanxiang = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district, null);
        var jiading = register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", null, district, null);

        var ximen = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA, BilingualName.of("西门",
                "Ximen"), Set.of(nanxiang.id(), jiading.id())));
        var towns = Stream.of(nanxiang.id(), jiading.id()).map(Object::toString).sorted().toList().toString();

        assertThat(only(ximen.id())).satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("area");
            assertThat(e.changes()).containsExactly(new FieldChange("layout", null, "AREA"),
                    new FieldChange("name", null, "西门"), new FieldChange("nameEn", null, "Ximen"),
                    new FieldChange("towns", null, towns));
        });
    }

    @Test
    void planning_a_committee_records_its_tier_names_field_area_parent_and_day_only_where_it_has_them() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", null, null, null);
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district, null);
        var area = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA, BilingualName.of("西门",
                null), Set.of(town.id())));

        var promotion = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", "Promotion Committee"), null, null, PLANNED));
        var city = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.PROFESSIONAL,
                BilingualName.of("城市专委会", null), ProfessionalField.CITY, null, PLANNED));
        var ximen = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("西门融委会", null), null, area.id(), PLANNED));

        assertThat(only(promotion.id()).changes()).containsExactly(new FieldChange("tier", null, "DISTRICT_PROMOTION"),
                new FieldChange("name", null, "推进委员会"), new FieldChange("nameEn", null, "Promotion Committee"),
                new FieldChange("plannedOn", null, "2022-03-01"));
        assertThat(only(city.id()).changes()).containsExactly(new FieldChange("tier", null, "PROFESSIONAL"),
                new FieldChange("name", null, "城市专委会"), new FieldChange("field", null, "CITY"),
                new FieldChange("parentId", null, promotion.id().toString()),
                new FieldChange("plannedOn", null, "2022-03-01"));
        assertThat(only(ximen.id()).changes()).containsExactly(new FieldChange("tier", null, "AREA"),
                new FieldChange("name", null, "西门融委会"), new FieldChange("areaId", null, area.id().toString()),
                new FieldChange("parentId", null, promotion.id().toString()),
                new FieldChange("plannedOn", null, "2022-03-01"));
    }

    @Test
    void a_members_role_change_departure_and_the_rules_adopted_are_each_recorded_on_the_committee() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", null, null, null);
        var department = register("DEPARTMENT_PARTY_BODY", "区规划资源局党组", null, district, null);
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", null, district, null);
        ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, PLANNED));
        var city = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.PROFESSIONAL,
                BilingualName.of("城市专委会", null), ProfessionalField.CITY, null, PLANNED));
        var id = city.id();
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(id, 1, department.id(), MembershipRole.COOPERATING,
                PLANNED));
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(id, 2, town.id(), MembershipRole.COOPERATING, PLANNED));

        ronghe.committees().commands().change(ADMIN, new CommitteeChange.ChangeMemberRole(id, 3, department.id(),
                MembershipRole.LEAD, LocalDate.of(2022, 4, 1)));
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.EndMembership(id, 4, town.id(), LocalDate.of(2022, 5, 1)));
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdoptRules(id, 5, RulesKind.WORK_RULES, "工作规则",
                LocalDate.of(2022, 3, 15), null));

        assertThat(memory.auditOf(id.toString())).hasSize(6).allSatisfy(e -> assertThat(e.aggregateType())
                .isEqualTo("committee"));
        assertThat(only(id, "MemberRoleChanged").changes()).containsExactly(new FieldChange("member " + department.id(),
                "COOPERATING", "LEAD since 2022-04-01"));
        assertThat(only(id, "MemberLeft").changes()).containsExactly(new FieldChange("member " + town.id(),
                "COOPERATING", "left on 2022-05-01"));
        assertThat(only(id, "RulesAdopted").changes()).containsExactly(new FieldChange("WORK_RULES", null,
                "v1 工作规则 adopted on 2022-03-15"));
        assertThat(memory.auditOf(id.toString())).filteredOn(e -> e.eventType().equals("MemberJoined"))
                .extracting(e -> e.changes()).containsExactlyInAnyOrder(
                        List.of(new FieldChange("member " + department.id(), null, "COOPERATING since 2022-03-01")),
                        List.of(new FieldChange("member " + town.id(), null, "COOPERATING since 2022-03-01")));
    }
}
