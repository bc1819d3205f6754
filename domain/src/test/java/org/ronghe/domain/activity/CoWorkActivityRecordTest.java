package org.ronghe.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.DomainException;
import org.ronghe.domain.shared.InvalidValueException;

/** A co-work record: withdrawn once, stored and restored as it was, named by its id in requests. */
@DisplayName("A co-work activity's record")
class CoWorkActivityRecordTest {

    private static final Instant NOW = Instant.parse("2022-06-01T02:00:00Z");
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId unit = new OrganizationId(UUID.randomUUID());
    private final ActivityId activityId = new ActivityId(UUID.randomUUID());
    private final CoWorkActivity positions = CoWorkActivity.record(activityId, CoWorkForm.POSITIONS_BUILT_TOGETHER,
            "商圈党建服务站共建", null, Set.of(town, unit), LocalDate.of(2022, 5, 12), null, NOW).activity();

    /** The stable code by which adapters report a refusal. */
    private static Condition<Throwable> code(String code) {
        return new Condition<>(e -> e instanceof DomainException refusal && refusal.code().equals(code), "code " + code);
    }

    @Test
    void a_withdrawal_announces_the_activity_and_its_reason() {
        assertThat(positions.withdraw(" 重复登记 ", NOW)).isEqualTo(new ActivityWithdrawn(activityId, "重复登记", NOW));
        assertThat(positions.state().withdrawn()).isTrue();
        assertThat(positions.state().withdrawReason()).isEqualTo("重复登记");
    }

    @Test
    void a_withdrawn_activity_is_not_withdrawn_again_and_keeps_its_first_reason() {
        positions.withdraw("重复登记", NOW);
        var withdrawn = positions.state();

        assertThatThrownBy(() -> positions.withdraw("登记有误", NOW)).isInstanceOf(ActivityWithdrawnException.class)
                .hasMessage("this activity was withdrawn already")
                .has(code("activity-withdrawn"));
        assertThat(positions.state()).isEqualTo(withdrawn);
    }

    @Test
    void a_restored_activity_is_the_activity_that_was_stored_with_the_version_it_was_stored_at() {
        positions.markStored(3);

        var restored = CoWorkActivity.restore(positions.state());

        assertThat(restored.getId()).isEqualTo(activityId);
        assertThat(restored.state()).isEqualTo(positions.state());
        assertThat(restored.version()).isEqualTo(3);
    }

    @Test
    void an_activity_id_is_read_from_its_text_and_written_back_the_same() {
        var text = "2c9d4e6f-1a3b-4c5d-8e7f-90a1b2c3d4e5";

        assertThat(ActivityId.parse("activityId", " " + text + " ")).isEqualTo(new ActivityId(UUID.fromString(text)));
        assertThat(ActivityId.parse("activityId", text).toString()).isEqualTo(text);
        assertThatThrownBy(() -> ActivityId.parse("activityId", "调研")).isInstanceOf(InvalidValueException.class)
                .hasMessage("activityId: is not a valid activity id");
        assertThatThrownBy(() -> ActivityId.parse("activityId", null)).isInstanceOf(InvalidValueException.class);
    }
}
