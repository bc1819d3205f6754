package org.ronghe.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A search by name as a person types it")
class NameSearchScenariosTest {

    @Test
    void a_blank_or_absent_search_is_no_search_and_every_name_is_listed() {
        assertThat(NameSearch.parse(null)).isNull();
        assertThat(NameSearch.parse("   ")).isNull();
        assertThat(NameSearch.parse("\u200B")).as("only an invisible character").isNull();
    }

    @Test
    void a_name_matches_when_it_contains_the_search_ignoring_case_width_and_spaces() {
        var search = NameSearch.parse(" 北管 ");
        assertThat(search.text()).isEqualTo("北管");
        assertThat(search.matches("北管村党总支")).isTrue();
        assertThat(search.matches("马陆镇党委")).isFalse();
        assertThat(new NameSearch("Zhen xin").matches("ZHENXIN Street")).isTrue();
        assertThat(new NameSearch("ＡＢＣ").matches("abc")).as("full-width letters fold to the same key").isTrue();
    }

    @Test
    void any_of_several_names_may_match_and_a_missing_one_matches_nothing() {
        var search = new NameSearch("transport");
        assertThat(search.matches("区交通委党组", "Transport Commission")).isTrue();
        assertThat(search.matches("区交通委党组", null)).isFalse();
        assertThat(search.matches()).isFalse();
    }

    @Test
    void the_key_a_store_compares_is_folded_as_the_names_are() {
        assertThat(new NameSearch("Ma Lu").key()).isEqualTo("malu");
    }

    @Test
    void a_search_longer_than_any_name_or_with_control_characters_is_refused_naming_q() {
        assertThatThrownBy(() -> NameSearch.parse("长".repeat(NameSearch.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("q");
        assertThat(NameSearch.parse("长".repeat(NameSearch.MAX_LENGTH))).isNotNull();
        assertThatThrownBy(() -> new NameSearch("a\nb")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NameSearch(" ")).isInstanceOf(InvalidValueException.class);
    }
}
