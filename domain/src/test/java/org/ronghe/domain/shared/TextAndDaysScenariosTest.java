package org.ronghe.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What people type: names that look alike are alike, days the structure can be about")
class TextAndDaysScenariosTest {

    @Test
    void invisible_characters_are_taken_out_of_what_is_stored() {
        assertThat(Text.required("name", "甲镇\u200B", 200)).isEqualTo("甲镇");
        assertThat(Text.required("name", "\uFEFF甲镇", 200)).isEqualTo("甲镇");
        assertThat(Text.required("name", "甲\u202E镇", 200)).as("a right-to-left override").isEqualTo("甲镇");
        assertThat(Text.required("name", "\u00AD 甲镇 \u2060", 200)).isEqualTo("甲镇");
        assertThat(Text.optional("name", "\u200B\uFEFF", 200)).as("nothing visible is nothing").isNull();
    }

    @Test
    void full_width_punctuation_stays_as_typed_and_emoji_keep_their_joiners() {
        assertThat(Text.required("name", "中共嘉定区委（新城）", 200)).isEqualTo("中共嘉定区委（新城）");
        assertThat(Text.required("minutes", "👨\u200D👩\u200D👧", 200)).isEqualTo("👨\u200D👩\u200D👧");
    }

    @Test
    void text_is_stored_in_its_canonical_composition() {
        assertThat(Text.required("name", "Cafe\u0301", 200)).isEqualTo("Caf\u00E9");
    }

    @Test
    void an_unpaired_surrogate_is_no_character_and_is_refused() {
        assertThatThrownBy(() -> Text.required("name", "甲\uD800镇", 200)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unpaired UTF-16 surrogate");
        assertThatThrownBy(() -> Text.required("name", "甲镇\uDC00", 200)).isInstanceOf(InvalidValueException.class);
        assertThat(Text.required("name", "𠀀镇", 200)).as("a character outside the BMP is a pair").isEqualTo("𠀀镇");
    }

    @Test
    void names_compare_equal_when_they_differ_only_by_what_cannot_be_seen_width_case_or_spacing() {
        assertThat(Text.key("甲镇\u200B")).isEqualTo(Text.key("甲镇"));
        assertThat(Text.key("甲\u200D镇")).isEqualTo(Text.key("甲镇"));
        assertThat(Text.key("甲镇\uFE0F")).isEqualTo(Text.key("甲镇"));
        assertThat(Text.key("北管村（一）")).isEqualTo(Text.key("北管村(一)"));
        assertThat(Text.key("Ximen Block")).isEqualTo(Text.key("ximenblock"));
        assertThat(Text.key("甲镇")).isNotEqualTo(Text.key("乙镇"));
    }

    @Test
    void days_lie_between_the_founding_of_the_peoples_republic_and_the_end_of_2100() {
        assertThat(Days.plausible("on", Days.FIRST)).isEqualTo(LocalDate.of(1949, 10, 1));
        assertThat(Days.plausible("on", Days.LAST)).isEqualTo(LocalDate.of(2100, 12, 31));
        assertThat(Days.plausible("on", (LocalDate) null)).isNull();
        assertThatThrownBy(() -> Days.plausible("on", LocalDate.of(1949, 9, 30))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Days.plausible("on", LocalDate.of(2101, 1, 1))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Days.plausible("on", LocalDate.of(0, 1, 1))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("from 1949-10-01 to 2100-12-31");
        assertThatThrownBy(() -> Days.plausible("on", LocalDate.MAX)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Days.plausible("start", Instant.MAX)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Days.plausible("start", Instant.parse("1900-01-01T00:00:00Z")))
                .isInstanceOf(InvalidValueException.class);
    }
}
