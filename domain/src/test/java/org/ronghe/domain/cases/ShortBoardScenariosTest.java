package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.cases.CityCaseScenariosTest.FIRE_LANE;
import static org.ronghe.domain.cases.CityCaseScenariosTest.IN_NX_M001;
import static org.ronghe.domain.cases.CityCaseScenariosTest.RECEIVED;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;

@DisplayName("Five cases of one category in one village grid within 30 days raise a short-board problem for its committee")
class ShortBoardScenariosTest {

    private static final ShortBoardRule FIVE_IN_30_DAYS = new ShortBoardRule(5, 30);

    @Test
    void the_fifth_case_in_the_window_raises_the_problem_and_the_fourth_does_not() {
        assertThat(FIVE_IN_30_DAYS.raisesAt(4, null, RECEIVED)).isFalse();
        assertThat(FIVE_IN_30_DAYS.raisesAt(5, null, RECEIVED)).isTrue();
        assertThat(FIVE_IN_30_DAYS.raisesAt(6, null, RECEIVED)).isTrue();
        assertThat(FIVE_IN_30_DAYS.windowStart(RECEIVED)).isEqualTo(RECEIVED.minus(Duration.ofDays(30)));
    }

    @Test
    void one_problem_per_pile_a_new_one_only_once_the_last_lies_outside_the_window() {
        var lastMonth = RECEIVED.minus(Duration.ofDays(30));
        assertThat(FIVE_IN_30_DAYS.raisesAt(6, RECEIVED.minus(Duration.ofDays(3)), RECEIVED)).isFalse();
        assertThat(FIVE_IN_30_DAYS.raisesAt(6, lastMonth, RECEIVED)).as("raised exactly 30 days ago: still this pile")
                .isFalse();
        assertThat(FIVE_IN_30_DAYS.raisesAt(6, lastMonth.minusSeconds(1), RECEIVED)).isTrue();
    }

    @Test
    void the_problem_names_the_grid_the_category_and_the_count_for_its_committee_in_chinese() {
        var committee = new CommitteeId(UUID.randomUUID());
        var id = new ShortBoardProblemId(UUID.randomUUID());
        var raising = ShortBoardProblem.raise(id, FIRE_LANE, IN_NX_M001, 5, FIVE_IN_30_DAYS, committee, RECEIVED);

        var s = raising.problem().state();
        assertThat(s.problem()).isEqualTo("NX-V001 村居网格 30 天内发生消防通道堵塞案件 5 起（达到 5 起的短板标准）：请研究成因，"
                + "明确牵头部门和整治办法。");
        assertThat(s.villageGrid()).isEqualTo(IN_NX_M001.villageGrid());
        assertThat(s.town()).isEqualTo(IN_NX_M001.town());
        assertThat(s.committee()).isEqualTo(committee);
        assertThat(s.cases()).isEqualTo(5);
        assertThat(s.days()).isEqualTo(30);
        assertThat(s.category()).isEqualTo("FIRE_LANE");
        assertThat(raising.problem().version()).isZero();
        assertThat(raising.problem().getId()).isEqualTo(id);
        assertThat(raising.event()).isEqualTo(new ShortBoardProblemRaised(id, "FIRE_LANE", "NX-V001", 5, committee,
                RECEIVED));
        raising.problem().markStored(1);
        assertThat(ShortBoardProblem.restore(raising.problem().state()).version()).isEqualTo(1);
        assertThatThrownBy(() -> raising.problem().markStored(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_case_outside_every_grid_raises_no_problem() {
        assertThatThrownBy(() -> ShortBoardProblem.raise(new ShortBoardProblemId(UUID.randomUUID()), FIRE_LANE,
                CaseRouting.outsideEveryGrid(), 5, FIVE_IN_30_DAYS, null, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShortBoardProblem.raise(new ShortBoardProblemId(UUID.randomUUID()), FIRE_LANE,
                new CaseRouting(null, null, IN_NX_M001.villageGrid(), "NX-V001", null, null, null), 5,
                FIVE_IN_30_DAYS, null, RECEIVED)).isInstanceOf(IllegalArgumentException.class);
    }
}
