package org.ronghe.application.organization.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;

import org.junit.jupiter.api.Test;

class RegisterOrganizationCommandTest {

    @Test
    void parses_a_well_formed_registration() {
        var command = RegisterOrganizationCommand.parse("TOWN_PARTY_COMMITTEE", " 南翔镇党委 ", "Nanxiang",
                "6f1c1f0e-2a41-4c61-9d8c-2a7a3a0c1b10", "南翔镇");

        assertThat(command.kind()).isEqualTo(OrganizationKind.TOWN_PARTY_COMMITTEE);
        assertThat(command.name().zh()).isEqualTo("南翔镇党委");
        assertThat(command.jurisdiction().name()).isEqualTo("南翔镇");
    }

    @Test
    void reports_every_bad_field_at_once() {
        assertThatThrownBy(() -> RegisterOrganizationCommand.parse("PARTY_CELL", "x".repeat(10_000), null,
                "not-a-uuid", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("kind", "name", "parentId"));
    }

    @Test
    void a_change_must_name_a_stored_version() {
        assertThatThrownBy(() -> new OrganizationChange.Retire(null, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OrganizationChange.Retire(
                org.ronghe.domain.organization.OrganizationId.parse("id", "6f1c1f0e-2a41-4c61-9d8c-2a7a3a0c1b10"), 0))
                .isInstanceOf(InvalidValueException.class);
    }
}
