package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.domain.organization.ActiveChildrenException;
import org.ronghe.domain.organization.DuplicateSiblingNameException;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.organization.ParentCycleException;
import org.ronghe.domain.organization.ParentKindNotAllowedException;
import org.ronghe.domain.organization.RetiredParentException;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The organization use cases, end to end on the in-memory adapter, found the way a server finds it. */
class OrganizationUseCasesTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");

    private static final Caller ADMIN = Caller.system("organization use cases");

    private final Storage storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"));
    private final Ronghe ronghe = Ronghe.on(storage, Clock.fixed(NOW), java.util.UUID::randomUUID);

    @AfterEach
    void close() {
        storage.close();
    }

    private OrganizationView register(String kind, String name, OrganizationView parent) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(kind, name, null,
                parent == null ? null : parent.id().toString(), null));
    }

    @Test
    void the_district_registers_its_towns_and_villages_and_lists_them_by_parent() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        var nanxiang = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        var malu = register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang);

        var towns = ronghe.organizations().queries().organizations(
                new OrganizationCriteria(null, district.id(), null), PageRequest.first());

        assertThat(towns.items()).extracting(OrganizationView::name).containsExactlyInAnyOrder("南翔镇党委", "马陆镇党委");
        assertThat(nanxiang.version()).isEqualTo(1);
        assertThat(nanxiang.registeredAt()).isEqualTo(NOW);
        assertThat(ronghe.organizations().queries().organization(malu.id()).parentId()).isEqualTo(district.id());
    }

    @Test
    void registering_under_a_parent_that_does_not_exist_is_refused() {
        assertThatThrownBy(() -> register("TOWN_PARTY_COMMITTEE", "南翔镇党委",
                new OrganizationView(new OrganizationId(java.util.UUID.randomUUID()), null, null, null, null, null,
                        null, null, null, 1)))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
    }

    @Test
    void a_village_cannot_be_registered_under_the_district_and_nothing_is_stored() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);

        assertThatThrownBy(() -> register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", district))
                .isInstanceOf(ParentKindNotAllowedException.class);
        assertThat(ronghe.organizations().queries().organizations(OrganizationCriteria.all(), PageRequest.first())
                .totalItems()).isEqualTo(1);
    }

    @Test
    void two_towns_of_the_same_name_under_the_district_are_refused() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);

        assertThatThrownBy(() -> register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district))
                .isInstanceOf(DuplicateSiblingNameException.class);
    }

    @Test
    void a_rename_based_on_an_old_version_is_refused_and_the_newer_name_stays() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        var renamed = ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Rename(town.id(), 1, OrganizationName.of("中共南翔镇委员会")));

        assertThatThrownBy(() -> ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Rename(town.id(), 1, OrganizationName.of("别的名字"))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(ronghe.organizations().queries().organization(town.id()).name()).isEqualTo("中共南翔镇委员会");
    }

    @Test
    void an_enterprise_cannot_be_moved_under_its_own_temporary_organization() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        var enterprise = register("ENTERPRISE_PARTY_ORGANIZATION", "某企业党委", district);
        var temporary = register("TEMPORARY_PARTY_ORGANIZATION", "临时党支部", enterprise);

        assertThatThrownBy(() -> ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Move(enterprise.id(), 1, temporary.id())))
                .isInstanceOf(ParentCycleException.class);
        assertThat(ronghe.organizations().queries().organization(enterprise.id()).parentId()).isEqualTo(district.id());
    }

    @Test
    void a_village_moves_to_another_town_and_its_version_advances() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        var nanxiang = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        var malu = register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        var village = register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang);

        var moved = ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Move(village.id(), 1, malu.id()));

        assertThat(moved.parentId()).isEqualTo(malu.id());
        assertThat(moved.version()).isEqualTo(2);
        assertThat(ronghe.organizations().queries().scope(malu.id()).orElseThrow().members())
                .as("a town's scope follows the structure as it stands").containsExactlyInAnyOrder(malu.id(), village.id());
        assertThat(ronghe.organizations().queries().scope(nanxiang.id()).orElseThrow().members())
                .containsExactly(nanxiang.id());
        assertThat(ronghe.organizations().queries().scope(district.id()).orElseThrow().members()).hasSize(4);
        assertThat(ronghe.organizations().queries().scope(new org.ronghe.domain.organization.OrganizationId(
                java.util.UUID.randomUUID()))).as("no organization, no scope").isEmpty();
    }

    @Test
    void a_town_retires_only_after_its_villages_and_then_takes_no_new_ones() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        var town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        var village = register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", town);

        assertThatThrownBy(() -> ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(town.id(), 1)))
                .isInstanceOf(ActiveChildrenException.class);
        ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(village.id(), 1));
        var retired = ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(town.id(), 1));

        assertThat(retired.status()).isEqualTo(OrganizationStatus.RETIRED);
        assertThat(retired.retiredAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "新村", town))
                .isInstanceOf(RetiredParentException.class);
    }

    @Test
    void an_unknown_organization_is_not_found() {
        var unknown = new OrganizationId(java.util.UUID.randomUUID());

        assertThatThrownBy(() -> ronghe.organizations().queries().organization(unknown))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(unknown, 1)))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void kinds_filter_the_listing() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
        register("DEPARTMENT_PARTY_BODY", "区市场监管局党委", district);
        register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);

        var departments = ronghe.organizations().queries().organizations(
                new OrganizationCriteria(OrganizationKind.DEPARTMENT_PARTY_BODY, null, null), new PageRequest(1, 1));

        assertThat(departments.totalItems()).isEqualTo(2);
        assertThat(departments.items()).hasSize(1);
        assertThat(departments.totalPages()).isEqualTo(2);
    }

    @Test
    void a_second_district_party_committee_is_refused_until_the_first_is_retired_and_projects_find_the_live_one() {
        var first = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);

        assertThatThrownBy(() -> register("DISTRICT_PARTY_COMMITTEE", "另一个区委", null))
                .isInstanceOf(org.ronghe.domain.organization.SecondDistrictPartyCommitteeException.class);
        ronghe.organizations().commands().change(ADMIN, new org.ronghe.application.organization.port.in.OrganizationChange.Retire(first.id(), 1));
        var successor = register("DISTRICT_PARTY_COMMITTEE", "中共嘉定区委（新）", null);
        var department = register("DEPARTMENT_PARTY_BODY", "区交通委党组", successor);
        ronghe.projects().commands().addDomain(ADMIN, new org.ronghe.domain.project.DomainDefinition(
                new org.ronghe.domain.project.DomainCode("road"), org.ronghe.domain.shared.BilingualName.of("路域", null)));
        var project = ronghe.projects().commands().propose(ADMIN, new org.ronghe.application.project.port.in
                .ProposeProjectCommand(new org.ronghe.domain.project.DomainCode("road"),
                        org.ronghe.domain.shared.BilingualName.of("路域党建", null), department.id(), java.util.List.of(),
                        new org.ronghe.domain.project.Mechanism("书记", "主任", java.util.List.of()), java.util.Set.of(),
                        java.util.Set.of(), java.util.List.of(new org.ronghe.domain.project.Commitment(1, "示范路段",
                                java.time.LocalDate.of(2023, 12, 31)))));

        assertThat(project.principalId()).as("the retired committee does not count").isEqualTo(successor.id());
    }
}
