package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.adapter.persistence.usecases.ViolatedFields.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.grid.port.in.GridChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.targetsystem.TargetSystemId;

/**
 * A change names what it changes and the stored version it was read at, and what it needs besides, before any
 * use case runs: every field missing is named at once.
 */
class ChangeChecksTest {

    @Test
    void signing_out_and_revoking_name_the_token_and_its_version() {
        var token = new ApiTokenId(UUID.randomUUID());
        assertThat(fields(() -> new AccessChange.EndSession(null, 0))).containsExactly("id", "expectedVersion");
        assertThat(fields(() -> new AccessChange.Revoke(null, 0))).containsExactly("id", "expectedVersion");
        assertThat(fields(() -> new AccessChange.EndSession(token, 1))).isEmpty();
        assertThat(fields(() -> new AccessChange.Revoke(token, 1))).isEmpty();
    }

    @Test
    void withdrawing_an_activity_names_it_and_its_version() {
        assertThat(fields(() -> new ActivityChange.Withdraw(null, 0, "录入错误"))).containsExactly("id", "expectedVersion");
        assertThat(fields(() -> new ActivityChange.Withdraw(new ActivityId(UUID.randomUUID()), 1, "录入错误"))).isEmpty();
    }

    @Test
    void an_indicator_added_or_a_reading_reported_names_the_version_of_its_target_system() {
        var system = new TargetSystemId(UUID.randomUUID());
        assertThat(fields(() -> new TargetSystemChange.AddIndicator(system, 0, "A1", null, null, null, null, null,
                null, null, null, null, null, null, null))).contains("expectedVersion", "title", "responsibleId");
        assertThat(fields(() -> new TargetSystemChange.ReportReading(system, 0, "A1", BigDecimal.ONE,
                LocalDate.of(2023, 4, 4), null, null, null))).containsExactly("expectedVersion");
    }

    @Test
    void a_revision_of_grids_names_the_day_it_takes_effect() {
        assertThat(fields(() -> new GridChange.Revise(new GridPlanId(UUID.randomUUID()), 1, null, List.of(), null)))
                .containsExactly("on");
    }
}
