package org.ronghe.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;

@DisplayName("A town's grids are drawn and revised by that town's operators or the admin")
class GridStewardshipScenariosTest {

    private final OrganizationId nanxiang = new OrganizationId(UUID.randomUUID());
    private final OrganizationId malu = new OrganizationId(UUID.randomUUID());

    @Test
    void the_towns_own_operator_and_the_admin_draw_its_grids() {
        assertThatCode(() -> GridStewardship.requireMayPlan(new Actor(nanxiang, Role.OPERATOR), nanxiang))
                .doesNotThrowAnyException();
        assertThatCode(() -> GridStewardship.requireMayPlan(Actor.system(), nanxiang)).doesNotThrowAnyException();
    }

    @Test
    void neither_another_towns_operator_nor_a_reader_of_the_town_does() {
        assertThatThrownBy(() -> GridStewardship.requireMayPlan(new Actor(malu, Role.OPERATOR), nanxiang))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("town's own operators");
        assertThatThrownBy(() -> GridStewardship.requireMayPlan(new Actor(nanxiang, Role.READER), nanxiang))
                .isInstanceOf(AccessDeniedException.class);
    }
}
