package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.organization.SecondDistrictPartyCommitteeException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where organizations sit and who may place them, through the use cases on the in-memory adapter. */
class OrganizationPlacementUseCasesTest {

    private final OnMemory memory = new OnMemory();
    private OrganizationView district;
    private OrganizationView nanxiang;
    private OrganizationView malu;
    private OrganizationView village;

    @BeforeEach
    void twoTownsAndAVillage() {
        district = memory.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        nanxiang = memory.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        malu = memory.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        village = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang);
    }

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void a_town_operator_may_not_move_its_village_to_a_neighbouring_town() {
        var nanxiangOperator = memory.operatorOf(nanxiang);

        assertThatThrownBy(() -> memory.ronghe.organizations().commands().change(nanxiangOperator,
                new OrganizationChange.Move(village.id(), 1, malu.id()))).isInstanceOf(AccessDeniedException.class);

        var stored = memory.ronghe.organizations().queries().organization(village.id());
        assertThat(stored.parentId()).isEqualTo(nanxiang.id());
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_move_and_a_retirement_each_leave_an_audit_entry_saying_what_changed() {
        memory.ronghe.organizations().commands().change(OnMemory.ADMIN,
                new OrganizationChange.Move(village.id(), 1, malu.id()));
        memory.ronghe.organizations().commands().change(OnMemory.ADMIN, new OrganizationChange.Retire(village.id(), 2));

        assertThat(memory.auditOf(village.id().toString()))
                .filteredOn(entry -> !entry.eventType().equals("OrganizationRegistered"))
                .extracting(entry -> entry.changes())
                .containsExactlyInAnyOrder(
                        List.of(new FieldChange("parentId", nanxiang.id().toString(), malu.id().toString())),
                        List.of(new FieldChange("status", "ACTIVE", "RETIRED")));
    }

    @Test
    void a_second_district_party_committee_is_refused_as_such_even_under_the_name_of_the_live_one() {
        assertThatThrownBy(() -> memory.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null))
                .isInstanceOf(SecondDistrictPartyCommitteeException.class);
    }

    @Test
    void a_neighbouring_jurisdiction_is_registered_with_its_territory_and_the_audit_entry_names_it() {
        var taicang = memory.ronghe.organizations().commands().register(OnMemory.ADMIN, RegisterOrganizationCommand.parse(
                "NEIGHBOURING_JURISDICTION", "中共太仓市委员会", "Taicang", null, "江苏省太仓市"));

        assertThat(taicang.jurisdiction()).isEqualTo("江苏省太仓市");
        assertThat(memory.ronghe.organizations().queries().organization(taicang.id()).jurisdiction())
                .isEqualTo("江苏省太仓市");
        assertThat(memory.auditOf(taicang.id().toString())).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).contains(
                        new FieldChange("jurisdiction", null, "江苏省太仓市"), new FieldChange("nameEn", null, "Taicang")));
    }

    @Test
    void a_stored_hierarchy_deeper_than_sixty_four_levels_is_damaged_and_changes_below_it_are_refused() {
        // a tree no placement rule allows, as only a damaged store could hold it: 65 temporary organizations in a row
        OrganizationId parent = district.id();
        OrganizationId sixtyFourBelow = null;
        for (int level = 1; level <= 65; level++) {
            var id = new OrganizationId(UUID.randomUUID());
            memory.storage().organizations().add(Organization.restore(new Organization.State(id,
                    OrganizationKind.TEMPORARY_PARTY_ORGANIZATION,
                    OrganizationName.of("临时党支部" + level), parent, null, OrganizationStatus.ACTIVE,
                    Instant.parse("2023-01-01T00:00:00Z"), null, 0)));
            if (level == 64) {
                sixtyFourBelow = id;
            }
            parent = id;
        }
        OrganizationId deepest = parent;

        var renamed = memory.ronghe.organizations().commands().change(OnMemory.ADMIN,
                new OrganizationChange.Rename(sixtyFourBelow, 1, OrganizationName.of("第六十四层")));
        assertThat(renamed.name()).as("64 organizations above it: deep, but still a hierarchy").isEqualTo("第六十四层");
        assertThatThrownBy(() -> memory.ronghe.organizations().commands().change(OnMemory.ADMIN,
                new OrganizationChange.Rename(deepest, 1, OrganizationName.of("第六十五层"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
    }
}
