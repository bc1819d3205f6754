package org.ronghe.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Reading what a user sends, and naming what went wrong so that adapters can answer it")
class InputAndProblemScenariosTest {

    /** The response levels of a mobilization (平时 / 急时 / 战时). */
    enum ResponseLevel {
        NORMAL, EMERGENCY, CRISIS
    }

    private static FieldViolation onlyViolationOf(Throwable e) {
        assertThat(e).isInstanceOf(InvalidValueException.class);
        var violations = ((InvalidValueException) e).violations();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Nested
    @DisplayName("Enum values by name")
    class EnumValues {

        @Test
        void a_value_is_read_by_its_name_in_any_case_and_without_surrounding_spaces() {
            assertThat(Enums.parse(ResponseLevel.class, "level", "EMERGENCY")).isEqualTo(ResponseLevel.EMERGENCY);
            assertThat(Enums.parse(ResponseLevel.class, "level", " crisis ")).isEqualTo(ResponseLevel.CRISIS);
            assertThat(Enums.parse(ResponseLevel.class, "level", "Normal")).isEqualTo(ResponseLevel.NORMAL);
        }

        @Test
        void a_missing_value_is_required_naming_the_field() {
            for (String text : new String[] {null, "", "  "}) {
                assertThatThrownBy(() -> Enums.parse(ResponseLevel.class, "level", text)).as("%s", text)
                        .satisfies(e -> assertThat(onlyViolationOf(e)).isEqualTo(new FieldViolation("level", "is required")));
            }
        }

        @Test
        void an_unknown_value_is_refused_listing_the_names_there_are() {
            assertThatThrownBy(() -> Enums.parse(ResponseLevel.class, "level", "战时")).satisfies(e -> assertThat(
                    onlyViolationOf(e)).isEqualTo(new FieldViolation("level", "must be one of NORMAL, EMERGENCY, CRISIS")));
        }
    }

    @Nested
    @DisplayName("Every bad field at once")
    class EveryBadField {

        @Test
        void values_that_parse_are_returned_and_nothing_is_reported() {
            var violations = new Violations();

            assertThat(violations.check(() -> Enums.parse(ResponseLevel.class, "level", "crisis")))
                    .isEqualTo(ResponseLevel.CRISIS);
            assertThat(violations.check(() -> Text.required("name", " 北管村 ", 200))).isEqualTo("北管村");
            assertThat(violations.isEmpty()).isTrue();
            assertThat(violations.size()).isZero();
            assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
        }

        @Test
        void each_bad_field_is_reported_in_the_order_found_with_its_own_message() {
            var violations = new Violations();

            assertThat(violations.check(() -> Enums.parse(ResponseLevel.class, "level", "war"))).isNull();
            assertThat(violations.check(() -> Text.required("name", " ", 200))).isNull();
            violations.add("until", "ends after it starts");

            assertThat(violations.isEmpty()).isFalse();
            assertThat(violations.size()).isEqualTo(3);
            assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.violations()).containsExactly(
                        new FieldViolation("level", "must be one of NORMAL, EMERGENCY, CRISIS"),
                        new FieldViolation("name", "is required"), new FieldViolation("until", "ends after it starts"));
                assertThat(e).hasMessage("level: must be one of NORMAL, EMERGENCY, CRISIS; name: is required; "
                        + "until: ends after it starts");
                assertThat(e.code()).isEqualTo("invalid-value");
            });
        }

        @Test
        void an_invalid_value_names_at_least_one_field() {
            assertThatThrownBy(() -> new InvalidValueException(List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("Instants the structure can be about")
    class Instants {

        @Test
        void an_instant_on_the_first_or_the_last_day_utc_is_kept_as_it_is() {
            var first = Instant.parse("1949-10-01T00:00:00Z");
            var last = Instant.parse("2100-12-31T23:59:59Z");

            assertThat(Days.plausible("start", first)).isEqualTo(first);
            assertThat(Days.plausible("end", last)).isEqualTo(last);
            assertThat(Days.plausible("start", (Instant) null)).isNull();
        }

        @Test
        void an_instant_a_second_outside_is_refused_naming_the_field() {
            assertThatThrownBy(() -> Days.plausible("start", Instant.parse("1949-09-30T23:59:59Z")))
                    .satisfies(e -> assertThat(onlyViolationOf(e).field()).isEqualTo("start"));
            assertThatThrownBy(() -> Days.plausible("end", Instant.parse("2101-01-01T00:00:00Z")))
                    .satisfies(e -> assertThat(onlyViolationOf(e).field()).isEqualTo("end"));
            assertThatThrownBy(() -> Days.plausible("end", Instant.MIN))
                    .satisfies(e -> assertThat(onlyViolationOf(e))
                            .isEqualTo(new FieldViolation("end", "must be a time from 1949-10-01 to 2100-12-31")));
        }
    }

    @Nested
    @DisplayName("Names that look alike")
    class LookAlikes {

        @Test
        void an_ideographic_variation_selector_does_not_make_another_name() {
            assertThat(Text.key("葛\uDB40\uDD00村")).as("VS17, the first of the supplement").isEqualTo(Text.key("葛村"));
            assertThat(Text.key("葛\uDB40\uDDEF村")).as("VS256, the last").isEqualTo(Text.key("葛村"));
            assertThat(Text.key("葛\uFE00村")).as("VS1").isEqualTo(Text.key("葛村"));
        }

        @Test
        void a_variation_selector_stays_in_what_is_stored() {
            assertThat(Text.required("name", "葛\uDB40\uDD00村", 200)).isEqualTo("葛\uDB40\uDD00村");
        }

        @Test
        void a_high_surrogate_at_the_very_end_is_no_character_and_is_refused() {
            assertThatThrownBy(() -> Text.required("name", "甲镇\uD840", 200))
                    .satisfies(e -> assertThat(onlyViolationOf(e).field()).isEqualTo("name"))
                    .hasMessageContaining("U+D840 at 2");
        }
    }

    @Nested
    @DisplayName("Problems name themselves by a stable code")
    class Problems {

        private final UUID id = UUID.fromString("7c1d2c1e-0b7a-4b8e-9f51-0d0c6c2a4f11");

        @Test
        void an_aggregate_that_is_not_there_is_not_found() {
            var e = new AggregateNotFoundException("Meeting", id);

            assertThat(e.code()).isEqualTo("not-found");
            assertThat(e).hasMessage("Meeting 7c1d2c1e-0b7a-4b8e-9f51-0d0c6c2a4f11 was not found");
        }

        @Test
        void a_stale_version_says_which_version_was_expected_and_which_was_found() {
            var known = new StaleVersionException("Meeting", id, 3, 5L);

            assertThat(known.code()).isEqualTo("stale-version");
            assertThat(known.expectedVersion()).isEqualTo(3);
            assertThat(known.currentVersion()).isEqualTo(5L);
            assertThat(known).hasMessage("Meeting 7c1d2c1e-0b7a-4b8e-9f51-0d0c6c2a4f11 is at version 5, not 3");
        }

        @Test
        void a_stale_version_whose_current_version_is_unknown_says_so() {
            var unknown = new StaleVersionException("Meeting", id, 3, null);

            assertThat(unknown.currentVersion()).isNull();
            assertThat(unknown).hasMessage("Meeting 7c1d2c1e-0b7a-4b8e-9f51-0d0c6c2a4f11 is at version ?, not 3");
        }

        @Test
        void an_unknown_reference_names_the_field_that_made_it() {
            var e = new UnknownReferenceException("parentId", "organization", id);

            assertThat(e.code()).isEqualTo("unknown-reference");
            assertThat(e.field()).isEqualTo("parentId");
            assertThat(e).hasMessage("organization 7c1d2c1e-0b7a-4b8e-9f51-0d0c6c2a4f11 does not exist");
        }
    }
}
