package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The commands of the organization use cases check themselves: a registration reports every bad field at
 * once; a change names the organization and the stored version (1 or more) it was based on.
 */
class OrganizationCommandsUseCasesTest {

    private static final OrganizationId TOWN = new OrganizationId(UUID.randomUUID());
    private static final OrganizationName NAME = OrganizationName.of("中共南翔镇委员会");

    private static void refusedNaming(ThrowingCallable command, String... fields) {
        assertThatThrownBy(command).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(fields));
    }

    @Test
    void a_registration_needs_a_kind_and_a_name_and_names_both_when_both_are_missing() {
        refusedNaming(() -> new RegisterOrganizationCommand(null, null, null, null), "kind", "name");
        refusedNaming(() -> new RegisterOrganizationCommand(null, NAME, TOWN, null), "kind");
    }

    @Test
    void parsing_a_registration_reports_every_bad_field_at_once_the_jurisdiction_too() {
        refusedNaming(() -> RegisterOrganizationCommand.parse("PARTY_CELL", " ", null, "not-an-id", "镇".repeat(201)),
                "kind", "name", "parentId", "jurisdiction");
    }

    @Test
    void a_parent_id_that_is_no_id_is_refused_even_when_kind_and_name_are_fine() {
        refusedNaming(() -> RegisterOrganizationCommand.parse("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支",
                null, "北管村", null), "parentId");
    }

    @Test
    void a_parsed_registration_keeps_its_parent_and_jurisdiction() {
        var command = RegisterOrganizationCommand.parse("TOWN_PARTY_COMMITTEE", "南翔镇党委", "Nanxiang",
                TOWN.toString(), "南翔镇");

        assertThat(command.parentId()).isEqualTo(TOWN);
        assertThat(command.jurisdiction().name()).isEqualTo("南翔镇");
        assertThat(command.name().en()).isEqualTo("Nanxiang");
    }

    @Test
    void a_rename_names_the_organization_a_stored_version_and_the_new_name() {
        refusedNaming(() -> new OrganizationChange.Rename(null, 1, NAME), "id");
        refusedNaming(() -> new OrganizationChange.Rename(TOWN, 0, NAME), "expectedVersion");
        refusedNaming(() -> new OrganizationChange.Rename(TOWN, 1, null), "name");
        assertThatCode(() -> new OrganizationChange.Rename(TOWN, 1, NAME)).doesNotThrowAnyException();
    }

    @Test
    void a_move_names_the_organization_and_a_stored_version_but_may_move_to_the_top() {
        refusedNaming(() -> new OrganizationChange.Move(null, 1, TOWN), "id");
        refusedNaming(() -> new OrganizationChange.Move(TOWN, 0, null), "expectedVersion");
        assertThatCode(() -> new OrganizationChange.Move(TOWN, 1, null)).doesNotThrowAnyException();
    }

    @Test
    void a_retirement_names_the_organization_and_a_stored_version() {
        refusedNaming(() -> new OrganizationChange.Retire(null, 1), "id");
        refusedNaming(() -> new OrganizationChange.Retire(TOWN, -3), "expectedVersion");
        assertThatCode(() -> new OrganizationChange.Retire(TOWN, 1)).doesNotThrowAnyException();
    }
}
