package org.ronghe.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;

@DisplayName("The town dispatches and verifies its cases, the department handles its own, the admin does all")
class CaseStewardshipScenariosTest {

    private final OrganizationId nanxiang = new OrganizationId(UUID.randomUUID());
    private final OrganizationId fire = new OrganizationId(UUID.randomUUID());
    private final Actor admin = Actor.system();
    private final Actor townOperator = new Actor(nanxiang, Role.OPERATOR);
    private final Actor townReader = new Actor(nanxiang, Role.READER);
    private final Actor departmentOperator = new Actor(fire, Role.OPERATOR);

    @Test
    void any_operator_reports_a_signal_and_a_reader_does_not() {
        assertThatCode(() -> CaseStewardship.requireMayReport(townOperator)).doesNotThrowAnyException();
        assertThatCode(() -> CaseStewardship.requireMayReport(admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStewardship.requireMayReport(townReader)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_town_dispatches_its_own_cases_and_only_the_admin_those_outside_every_grid() {
        assertThatCode(() -> CaseStewardship.requireMayDispatch(townOperator, nanxiang)).doesNotThrowAnyException();
        assertThatCode(() -> CaseStewardship.requireMayDispatch(admin, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStewardship.requireMayDispatch(townOperator, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseStewardship.requireMayDispatch(departmentOperator, nanxiang))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseStewardship.requireMayDispatch(townReader, nanxiang))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_department_handles_the_cases_dispatched_to_it() {
        assertThatCode(() -> CaseStewardship.requireMayHandle(departmentOperator, fire)).doesNotThrowAnyException();
        assertThatCode(() -> CaseStewardship.requireMayHandle(admin, fire)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStewardship.requireMayHandle(townOperator, fire))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseStewardship.requireMayHandle(new Actor(fire, Role.READER), fire))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_admin_adopts_the_case_policy() {
        assertThatCode(() -> CaseStewardship.requireMayAdoptPolicy(admin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseStewardship.requireMayAdoptPolicy(townOperator))
                .isInstanceOf(AccessDeniedException.class);
    }
}
