package org.ronghe.domain.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ronghe.domain.grid.GridFixtures.DRAWN;
import static org.ronghe.domain.grid.GridFixtures.EAST;
import static org.ronghe.domain.grid.GridFixtures.NORTH;
import static org.ronghe.domain.grid.GridFixtures.NOW;
import static org.ronghe.domain.grid.GridFixtures.SOUTH;
import static org.ronghe.domain.grid.GridFixtures.WEST;
import static org.ronghe.domain.grid.GridFixtures.childrenOf;
import static org.ronghe.domain.grid.GridFixtures.code;
import static org.ronghe.domain.grid.GridFixtures.draft;
import static org.ronghe.domain.grid.GridFixtures.ids;
import static org.ronghe.domain.grid.GridFixtures.rectangle;
import static org.ronghe.domain.grid.GridFixtures.replacing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** The three-level grid of a town: "no omission, no dead corner" (无遗漏、无死角), rule by rule. */
class GridPlanScenariosTest {

    private final GridFixtures given = new GridFixtures();
    private static final double MIDDLE = (WEST + EAST) / 2;
    private static final double LAT_MIDDLE = (SOUTH + NORTH) / 2;

    private GridProblem onlyProblem(Runnable change) {
        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(GridPlanRefusedException.class, change::run);
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.problems()).hasSize(1);
        return refusal.problems().get(0);
    }

    @Nested
    class Drawing_a_plan {

        @Test
        void a_plan_whose_grids_tile_the_town_at_every_level_is_drawn_and_tells_how_many_grids_each_level_has() {
            var defined = given.define(given.wholePlan());

            assertThat(defined.event()).isEqualTo(new GridPlanDefined(defined.plan().getId(), given.town, "NX", 2, 4, 8,
                    DRAWN, NOW));
            assertThat(defined.plan().activeOn(DRAWN)).extracting(grid -> grid.code().value()).startsWith("NX-A01",
                    "NX-A02", "NX-V01");
            assertThat(defined.plan().problemsOn(DRAWN, given.organizations)).isEmpty();
            assertThat(defined.plan().lastChange()).isEqualTo(DRAWN);
            assertThat(defined.plan().version()).isZero();
        }

        @Test
        void every_grid_lies_inside_its_parent() {
            var sticksOut = draft("NX-M001", "NX-V01", rectangle(WEST - 0.001, SOUTH, (WEST + MIDDLE) / 2, LAT_MIDDLE),
                    given.beiguan);

            var problem = onlyProblem(() -> given.define(replacing(given.wholePlan(), "NX-M001", sticksOut)));

            assertThat(problem.rule()).isEqualTo("grid-outside-parent");
            assertThat(problem.codes()).containsExactly("NX-M001", "NX-V01");
            // 0.001° of longitude by 0.005° of latitude at 31.37° north: about 95 m by 556 m
            assertThat(problem.squareMetres()).isCloseTo(52_800, within(800.0));
        }

        @Test
        void grids_of_one_parent_do_not_overlap_and_the_overlap_is_measured() {
            var west = draft("NX-A01", null, rectangle(WEST, SOUTH, MIDDLE + 0.001, NORTH), given.town);
            var plan = replacing(childrenOf(given.wholePlan(), null), "NX-A01", west);

            var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(GridPlanRefusedException.class,
                    () -> given.define(plan));

            assertThat(refusal.problems()).hasSize(1);
            var overlap = refusal.problems().get(0);
            assertThat(overlap.rule()).isEqualTo("grids-overlap");
            assertThat(overlap.codes()).containsExactly("NX-A01", "NX-A02");
            assertThat(overlap.squareMetres()).isCloseTo(105_600, within(1_600.0));
        }

        @Test
        void the_grids_of_a_parent_cover_it_exactly_and_a_gap_is_measured() {
            var shorter = draft("NX-A02", null, rectangle(MIDDLE, SOUTH, EAST - 0.001, NORTH), given.town);
            var plan = replacing(childrenOf(given.wholePlan(), null), "NX-A02", shorter);

            var problem = onlyProblem(() -> given.define(plan));

            assertThat(problem.rule()).isEqualTo("grid-gap");
            assertThat(problem.codes()).containsExactly("NX");
            assertThat(problem.squareMetres()).isCloseTo(105_600, within(1_600.0));
        }

        @Test
        void a_sliver_under_one_square_metre_is_rounding_not_a_gap_and_one_over_it_is_a_gap() {
            double cm = 0.0000001; // the finest step a territory holds, about 1 cm
            // a notch of 1 cm by 76 m in the north-east corner: about 0.8 m², within the tolerance
            var notched = new GridDraft(code("NX-A02"), "东片区", null, Territory.ofPolygons("territory", List.of(List.of(
                    List.of(new double[] {MIDDLE, SOUTH}, new double[] {EAST, SOUTH}, new double[] {EAST, NORTH - cm},
                            new double[] {EAST - 0.0008, NORTH - cm}, new double[] {EAST - 0.0008, NORTH},
                            new double[] {MIDDLE, NORTH}, new double[] {MIDDLE, SOUTH})))), given.town, List.of());
            // a strip of 1 cm along the whole 950 m edge: about 10 m²
            var strip = draft("NX-A02", null, rectangle(MIDDLE, SOUTH, EAST, NORTH - cm), given.town);

            assertThat(given.define(replacing(childrenOf(given.wholePlan(), null), "NX-A02", notched)).plan()
                    .activeOn(DRAWN)).hasSize(2);
            var problem = onlyProblem(() -> given.define(replacing(childrenOf(given.wholePlan(), null), "NX-A02", strip)));
            assertThat(problem.rule()).isEqualTo("grid-gap");
            assertThat(problem.squareMetres()).isCloseTo(10.6, within(0.5));
        }

        @Test
        void an_area_grid_lies_in_the_town_and_a_micro_grid_in_a_village_grid() {
            var microUnderArea = draft("NX-M001", "NX-A01", rectangle(WEST, SOUTH, (WEST + MIDDLE) / 2, LAT_MIDDLE),
                    given.beiguan);

            var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(GridPlanRefusedException.class,
                    () -> given.define(replacing(given.wholePlan(), "NX-M001", microUnderArea)));

            // and without it, its village grid is no longer covered
            assertThat(refusal.problems()).extracting(GridProblem::rule, GridProblem::codes).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("grid-parent-level", List.of("NX-M001")),
                    org.assertj.core.groups.Tuple.tuple("grid-gap", List.of("NX-V01")));
        }

        @Test
        void a_grid_in_a_parent_the_plan_does_not_draw_is_refused() {
            var orphan = draft("NX-M001", "NX-V09", rectangle(WEST, SOUTH, (WEST + MIDDLE) / 2, LAT_MIDDLE), given.beiguan);

            var problem = onlyProblem(() -> given.define(replacing(given.wholePlan(), "NX-M001", orphan)));

            assertThat(problem.rule()).isEqualTo("grid-parent-level");
            assertThat(problem.detail()).contains("NX-V09");
        }

        @Test
        void two_grids_with_one_code_are_refused() {
            var plan = new java.util.ArrayList<>(given.wholePlan());
            plan.add(draft("NX-A01", null, rectangle(WEST, SOUTH, MIDDLE, NORTH), given.town));

            var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(GridPlanRefusedException.class,
                    () -> given.define(plan));

            assertThat(refusal.problems()).extracting(GridProblem::rule).contains("grid-code-taken");
            assertThat(refusal.code()).isEqualTo("grid-plan-refused");
            assertThat(refusal.getMessage()).contains("grid-code-taken [NX-A01]");
        }

        @Test
        void a_grid_code_names_its_own_town() {
            var foreign = draft("MLU-A01", null, rectangle(WEST, SOUTH, MIDDLE, NORTH), given.town);
            var plan = replacing(childrenOf(given.wholePlan(), null), "NX-A01", foreign);

            var problem = onlyProblem(() -> given.define(plan));

            assertThat(problem.rule()).isEqualTo("grid-code-town");
            assertThat(problem.codes()).containsExactly("MLU-A01");
        }
    }

    @Nested
    class Who_answers_for_a_grid {

        @Test
        void the_town_answers_for_its_area_grids() {
            var problem = onlyProblem(() -> given.define(replacing(given.wholePlan(), "NX-A01",
                    draft("NX-A01", null, rectangle(WEST, SOUTH, MIDDLE, NORTH), given.beiguan))));

            assertThat(problem.rule()).isEqualTo("grid-responsible-not-town");
            assertThat(problem.codes()).containsExactly("NX-A01");
        }

        @Test
        void a_village_grid_is_answered_for_by_a_village_organization_not_a_department() {
            var problem = onlyProblem(() -> given.define(replacing(given.wholePlan(), "NX-M001",
                    draft("NX-M001", "NX-V01", rectangle(WEST, SOUTH, (WEST + MIDDLE) / 2, LAT_MIDDLE), given.department))));

            assertThat(problem.rule()).isEqualTo("grid-responsible-kind");
            assertThat(problem.codes()).containsExactly("NX-M001");
        }

        @Test
        void a_village_grid_is_answered_for_by_a_village_organization_under_its_own_town() {
            var problem = onlyProblem(() -> given.define(replacing(given.wholePlan(), "NX-M002",
                    draft("NX-M002", "NX-V01", rectangle((WEST + MIDDLE) / 2, SOUTH, MIDDLE, LAT_MIDDLE),
                            given.neighbourVillage))));

            assertThat(problem.rule()).isEqualTo("grid-responsible-outside-town");
        }

        @Test
        void an_active_grid_always_has_an_organization_answering_for_it() {
            var problem = onlyProblem(() -> given.define(replacing(given.wholePlan(), "NX-M002",
                    draft("NX-M002", "NX-V01", rectangle((WEST + MIDDLE) / 2, SOUTH, MIDDLE, LAT_MIDDLE), null))));

            assertThat(problem.rule()).isEqualTo("grid-without-responsible");
            assertThat(problem.codes()).containsExactly("NX-M002");
        }

        @Test
        void once_a_town_has_village_grids_every_village_organization_of_it_answers_for_one() {
            var plan = given.wholePlan().stream().map(d -> d.responsible() != null && d.responsible().equals(given.honggang)
                    ? new GridDraft(d.code(), d.name(), d.parentCode(), d.territory(), given.beiguan, d.roles()) : d)
                    .toList();

            var problem = onlyProblem(() -> given.define(plan));

            assertThat(problem.rule()).isEqualTo("village-organization-without-grid");
            assertThat(problem.codes()).containsExactly(given.honggang.toString());
        }

        @Test
        void a_town_with_area_grids_only_has_no_village_to_answer_yet() {
            var defined = given.define(childrenOf(given.wholePlan(), null));

            assertThat(defined.event().areaGrids()).isEqualTo(2);
            assertThat(defined.event().villageGrids()).isZero();
        }

        @Test
        void responsibility_moves_from_a_day_and_the_day_before_still_answers_as_it_was() {
            var plan = given.plan();
            var later = DRAWN.plusMonths(2);

            var event = plan.assign(code("NX-V02"), given.honggang, later, given.organizations, NOW);

            assertThat(event).isEqualTo(new GridResponsibilityAssigned(plan.getId(), given.town, "NX-V02", given.beiguan,
                    given.honggang, later, NOW));
            var grid = plan.grid(code("NX-V02")).orElseThrow();
            assertThat(grid.responsibleOn(later.minusDays(1))).isEqualTo(given.beiguan);
            assertThat(grid.responsibleOn(later)).isEqualTo(given.honggang);
            assertThat(grid.responsibleOn(DRAWN.minusDays(1))).isNull();
            assertThat(plan.lastChange()).isEqualTo(later);
        }

        @Test
        void a_move_that_leaves_a_village_organization_without_a_grid_is_refused_and_changes_nothing() {
            var plan = given.plan();
            // 北管村 answers for NX-V01 and NX-V02: it may give one of them away
            assertThat(plan.assign(code("NX-V02"), given.honggang, DRAWN, given.organizations, NOW).from())
                    .isEqualTo(given.beiguan);
            var before = plan.state();

            var problem = onlyProblem(() -> plan.assign(code("NX-V01"), given.honggang, DRAWN, given.organizations, NOW));

            assertThat(problem.rule()).isEqualTo("village-organization-without-grid");
            assertThat(problem.codes()).containsExactly(given.beiguan.toString());
            assertThat(plan.state()).isEqualTo(before);
        }

        @Test
        void a_grid_has_one_chief_at_most_and_its_roles_are_names_and_positions() {
            var plan = given.plan();
            var chief = new GridRole(GridRoleKind.CHIEF, "张伟", "村党总支书记");
            var worker = new GridRole(GridRoleKind.WORKER, "李娜", null);

            var event = plan.appoint(code("NX-M003"), List.of(chief, worker), DRAWN, NOW);

            assertThat(event).isEqualTo(new GridRolesAppointed(plan.getId(), given.town, "NX-M003", List.of(chief, worker),
                    NOW));
            assertThat(plan.grid(code("NX-M003")).orElseThrow().roles()).containsExactly(chief, worker);
            assertThatThrownBy(() -> plan.appoint(code("NX-M003"), List.of(chief, chief), DRAWN, NOW))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("one chief");
            assertThatThrownBy(() -> new GridRole(null, "张伟", null)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> plan.appoint(code("NX-M099"), List.of(worker), DRAWN, NOW))
                    .isInstanceOf(UnknownReferenceException.class);
        }
    }

    @Nested
    class Revising_the_grids_of_one_parent {

        private final LocalDate revised = DRAWN.plusMonths(6);

        @Test
        void a_revision_redraws_one_parents_grids_whole_and_the_day_before_still_shows_the_old_boundary() {
            var plan = given.plan();
            double shifted = LAT_MIDDLE + 0.001;
            var south = draft("NX-V01", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, shifted), given.beiguan);
            var north = draft("NX-V02", "NX-A01", rectangle(WEST, shifted, MIDDLE, NORTH), given.beiguan);
            // the micro grids of both villages must follow in the same day's plan: without them the villages'
            // grids no longer cover them, so the revision of NX-A01 alone is refused
            var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(GridPlanRefusedException.class,
                    () -> plan.revise(code("NX-A01"), List.of(south, north), revised, ids(), given.organizations, NOW));
            assertThat(refusal.problems()).extracting(GridProblem::rule).contains("grid-outside-parent", "grid-gap");

            var event = plan.revise(code("NX-A01"), List.of(
                    draft("NX-V01", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, LAT_MIDDLE), given.beiguan),
                    draft("NX-V02", "NX-A01", rectangle(WEST, LAT_MIDDLE, MIDDLE, NORTH), given.beiguan)),
                    revised, ids(), given.organizations, NOW);
            assertThat(event.drawn()).isEmpty();
            assertThat(event.redrawn()).isEmpty();
            assertThat(event.retired()).isEmpty();
        }

        @Test
        void a_grid_left_out_is_retired_with_everything_under_it_and_a_new_code_draws_a_new_grid() {
            var plan = given.plan();
            var whole = draft("NX-V05", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, NORTH), given.beiguan);

            var event = plan.revise(code("NX-A01"), List.of(whole), revised, ids(), given.organizations, NOW);

            assertThat(event).isEqualTo(new GridChildrenRevised(plan.getId(), given.town, "NX-A01", List.of("NX-V05"),
                    List.of(), List.of("NX-V01", "NX-M001", "NX-M002", "NX-V02", "NX-M003", "NX-M004"), revised, NOW));
            assertThat(plan.activeOn(revised)).extracting(grid -> grid.code().value())
                    .contains("NX-V05").doesNotContain("NX-V01", "NX-M001");
            assertThat(plan.activeOn(revised.minusDays(1))).extracting(grid -> grid.code().value())
                    .contains("NX-V01", "NX-M001").doesNotContain("NX-V05");
            assertThat(plan.grid(code("NX-V01")).orElseThrow().retiredOn()).isEqualTo(revised);
            assertThat(plan.problemsOn(revised, given.organizations)).isEmpty();
        }

        @Test
        void a_kept_grid_with_a_new_boundary_keeps_its_identity_and_both_boundaries_by_day() {
            var plan = given.defineAreasOnly();
            var before = plan.grid(code("NX-A01")).orElseThrow();
            double moved = MIDDLE + 0.002;

            var event = plan.revise(null, List.of(draft("NX-A01", null, rectangle(WEST, SOUTH, moved, NORTH), given.town),
                    draft("NX-A02", null, rectangle(moved, SOUTH, EAST, NORTH), given.town)), revised, ids(),
                    given.organizations, NOW);

            assertThat(event.parentCode()).isEqualTo("NX");
            assertThat(event.redrawn()).containsExactly("NX-A01", "NX-A02");
            var after = plan.grid(code("NX-A01")).orElseThrow();
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.territoryOn(revised.minusDays(1))).isEqualTo(rectangle(WEST, SOUTH, MIDDLE, NORTH));
            assertThat(after.territoryOn(revised)).isEqualTo(rectangle(WEST, SOUTH, moved, NORTH));
            assertThat(after.territories()).hasSize(2);
        }

        @Test
        void a_revision_that_breaks_a_rule_is_refused_whole_and_changes_nothing() {
            var plan = given.plan();
            var before = plan.state();

            assertThatThrownBy(() -> plan.revise(code("NX-A01"), List.of(
                    draft("NX-V05", "NX-A01", rectangle(WEST, SOUTH, MIDDLE - 0.001, NORTH), given.beiguan)), revised, ids(),
                    given.organizations, NOW)).isInstanceOf(GridPlanRefusedException.class);

            assertThat(plan.state()).isEqualTo(before);
        }

        @Test
        void a_revision_draws_the_level_under_its_parent_only() {
            var plan = given.plan();

            var problem = onlyProblem(() -> plan.revise(code("NX-A01"), List.of(
                    draft("NX-M050", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, NORTH), given.beiguan)), revised, ids(),
                    given.organizations, NOW));

            assertThat(problem.rule()).isEqualTo("grid-parent-level");
            assertThatThrownBy(() -> plan.revise(code("NX-M001"), List.of(), revised, ids(), given.organizations, NOW))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("micro grid");
            assertThatThrownBy(() -> plan.revise(code("NX-A09"), List.of(), revised, ids(), given.organizations, NOW))
                    .isInstanceOf(UnknownReferenceException.class);
        }

        @Test
        void a_code_is_never_given_to_a_second_grid_even_after_the_first_retired() {
            var plan = given.plan();
            plan.revise(code("NX-A01"), List.of(draft("NX-V05", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, NORTH),
                    given.beiguan)), revised, ids(), given.organizations, NOW);

            var problem = onlyProblem(() -> plan.revise(code("NX-A01"), List.of(
                    draft("NX-V01", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, NORTH), given.beiguan)), revised.plusDays(1),
                    ids(), given.organizations, NOW));

            assertThat(problem.rule()).isEqualTo("grid-code-taken");
            assertThat(problem.codes()).containsExactly("NX-V01");
        }

        @Test
        void a_change_dated_before_the_plans_last_change_is_refused() {
            var plan = given.plan();
            plan.assign(code("NX-V02"), given.honggang, revised, given.organizations, NOW);

            assertThatThrownBy(() -> plan.assign(code("NX-V04"), given.beiguan, revised.minusDays(1), given.organizations,
                    NOW)).isInstanceOf(GridRevisionDatedBackException.class).hasMessageContaining(revised.toString());
            assertThatThrownBy(() -> plan.revise(null, List.of(), revised.minusDays(1), ids(), given.organizations, NOW))
                    .isInstanceOf(GridRevisionDatedBackException.class);
        }
    }

    @Nested
    class Keeping_the_plan {

        @Test
        void a_plan_lists_its_grids_area_first_then_by_code_and_says_nothing_of_days_before_it_was_drawn() {
            var plan = given.plan();

            assertThat(plan.activeOn(DRAWN)).extracting(grid -> grid.code().value()).containsExactly("NX-A01", "NX-A02",
                    "NX-V01", "NX-V02", "NX-V03", "NX-V04", "NX-M001", "NX-M002", "NX-M003", "NX-M004", "NX-M005",
                    "NX-M006", "NX-M007", "NX-M008");
            assertThat(plan.activeOn(DRAWN.minusDays(1))).isEmpty();
            assertThat(plan.problemsOn(DRAWN.minusDays(1), given.organizations)).isEmpty();
            assertThat(plan.townTerritoryOn(DRAWN)).isEqualTo(GridFixtures.townTerritory());
            assertThat(plan.town()).isEqualTo(given.town);
            assertThat(plan.state().grids()).hasSize(14);
        }

        @Test
        void a_stored_plan_reads_back_with_its_version_and_history() {
            var plan = given.plan();
            plan.markStored(3);

            var read = GridPlan.restore(plan.state());

            assertThat(read.version()).isEqualTo(3);
            assertThat(read.state()).isEqualTo(plan.state());
            assertThat(read.getId()).isEqualTo(plan.getId());
            assertThat(GridPlanId.parse("id", read.getId().toString())).isEqualTo(read.getId());
            var grid = read.grid(code("NX-V01")).orElseThrow();
            assertThat(GridId.parse("id", grid.id().toString())).isEqualTo(grid.id());
        }

        @Test
        void a_day_is_required_and_must_be_plausible() {
            var plan = given.plan();

            assertThatThrownBy(() -> given.define(given.wholePlan()).plan().assign(code("NX-V02"), given.honggang, null,
                    given.organizations, NOW)).isInstanceOf(InvalidValueException.class).hasMessageContaining("required");
            assertThatThrownBy(() -> plan.assign(code("NX-V02"), given.honggang, LocalDate.of(2999, 1, 1),
                    given.organizations, NOW)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> plan.revise(null, List.of(), LocalDate.of(2999, 1, 1), ids(), given.organizations,
                    NOW)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> GridPlan.define(new GridPlanId(java.util.UUID.randomUUID()), given.town, "NX",
                    GridFixtures.townTerritory(), given.wholePlan(), LocalDate.of(1800, 1, 1), ids(), given.organizations,
                    NOW)).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> GridPlan.define(new GridPlanId(java.util.UUID.randomUUID()), given.town, "nx",
                    GridFixtures.townTerritory(), given.wholePlan(), DRAWN, ids(), given.organizations, NOW))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("capital letters");
            assertThatThrownBy(() -> GridPlan.define(new GridPlanId(java.util.UUID.randomUUID()), given.town, "NX", null,
                    given.wholePlan(), DRAWN, ids(), given.organizations, NOW)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("townTerritory");
            assertThatThrownBy(() -> plan.assign(code("NX-V02"), null, DRAWN, given.organizations, NOW))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void leaving_out_an_area_grid_retires_its_villages_and_their_micro_grids_too_and_a_retired_grid_takes_nothing() {
            // drawn micro grids first: a grid may come before its parent in a plan
            var reversed = new java.util.ArrayList<>(given.wholePlan());
            java.util.Collections.reverse(reversed);
            var plan = given.define(reversed).plan();
            var later = DRAWN.plusYears(1);
            given.organizations.retire(given.beiguan); // 北管村 merged away: its grids go with the old area

            var event = plan.revise(null, List.of(draft("NX-A03", null, rectangle(WEST, SOUTH, MIDDLE, NORTH), given.town),
                    draft("NX-A02", null, rectangle(MIDDLE, SOUTH, EAST, NORTH), given.town)), later, ids(),
                    given.organizations, NOW);

            assertThat(event.drawn()).containsExactly("NX-A03");
            assertThat(event.redrawn()).isEmpty();
            assertThat(event.retired()).containsExactlyInAnyOrder("NX-A01", "NX-V01", "NX-V02", "NX-M001", "NX-M002",
                    "NX-M003", "NX-M004");
            assertThat(plan.lastChange()).isEqualTo(later);
            assertThatThrownBy(() -> plan.assign(code("NX-V01"), given.honggang, later, given.organizations, NOW))
                    .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("active grid of NX");
            assertThatThrownBy(() -> plan.appoint(code("NX-M001"), List.of(), later, NOW))
                    .isInstanceOf(UnknownReferenceException.class);
            assertThat(plan.appoint(code("NX-M001"), null, DRAWN, NOW).roles()).isEmpty();
        }

        @Test
        void a_revision_of_the_towns_area_grids_draws_area_grids_only_and_an_area_grid_lies_in_no_other_grid() {
            var plan = given.plan();

            var problem = onlyProblem(() -> plan.revise(null, List.of(draft("NX-V09", null, rectangle(WEST, SOUTH, EAST,
                    NORTH), given.town)), DRAWN, ids(), given.organizations, NOW));
            assertThat(problem.detail()).isEqualTo("a revision of NX draws its area grids only");
            var nested = new java.util.ArrayList<>(given.wholePlan());
            nested.add(draft("NX-A03", "NX-A01", rectangle(WEST, SOUTH, MIDDLE, NORTH), given.town));
            var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(GridPlanRefusedException.class,
                    () -> given.define(nested));
            assertThat(refusal.problems()).extracting(GridProblem::detail)
                    .contains("an area grid lies in the town, not in another grid");
        }

        @Test
        void a_draft_has_a_code_a_name_a_territory_and_one_chief_at_most() {
            var chief = new GridRole(GridRoleKind.CHIEF, "张伟", null);
            var territory = rectangle(WEST, SOUTH, MIDDLE, NORTH);

            var worker = new GridRole(GridRoleKind.WORKER, "李娜", "网格员");
            assertThat(new GridDraft(code("NX-A01"), "西片区", null, territory, given.town, List.of(chief, worker)).roles())
                    .containsExactly(chief, worker);
            assertThat(new GridDraft(code("NX-A01"), "西片区", null, territory, given.town, null).roles()).isEmpty();
            assertThatThrownBy(() -> new GridDraft(code("NX-A01"), "西片区", null, territory, given.town,
                    List.of(chief, chief))).isInstanceOf(InvalidValueException.class).hasMessageContaining("one chief");
            assertThatThrownBy(() -> new GridDraft(null, "西片区", null, territory, given.town, null))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new GridDraft(code("NX-A01"), " ", null, territory, given.town, null))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> new GridDraft(code("NX-A01"), "西片区", null, null, given.town, null))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(GridLevel.VILLAGE.letter()).isEqualTo('V');
        }

        @Test
        void two_territories_of_one_shape_are_equal_whichever_vertex_and_direction_they_were_given_from() {
            var fromSouthWest = rectangle(WEST, SOUTH, MIDDLE, NORTH);
            var fromNorthEastClockwise = Territory.ofPolygons("territory", List.of(List.of(List.of(
                    new double[] {MIDDLE, NORTH}, new double[] {MIDDLE, SOUTH}, new double[] {WEST, SOUTH},
                    new double[] {WEST, NORTH}, new double[] {MIDDLE, NORTH}))));

            assertThat(fromNorthEastClockwise).isEqualTo(fromSouthWest);
        }
    
        @Test
        void an_organization_retired_elsewhere_shows_as_a_problem_of_the_plan_on_that_day() {
            var plan = given.plan();

            given.organizations.retire(given.honggang);

            assertThat(plan.problemsOn(DRAWN, given.organizations)).extracting(GridProblem::rule).containsOnly(
                    "grid-responsible-kind").hasSize(6);
        }

        @Test
        void grids_drawn_later_are_listed_in_their_place_by_code() {
            var plan = given.plan();
            var later = DRAWN.plusMonths(1);
            plan.revise(code("NX-V04"), List.of(
                    draft("NX-M000", "NX-V04", rectangle(MIDDLE, LAT_MIDDLE, (MIDDLE + EAST) / 2, NORTH), given.honggang),
                    draft("NX-M008", "NX-V04", rectangle((MIDDLE + EAST) / 2, LAT_MIDDLE, EAST, NORTH), given.honggang)),
                    later, ids(), given.organizations, NOW);

            assertThat(plan.activeOn(later)).extracting(grid -> grid.code().value()).filteredOn(c -> c.contains("-M"))
                    .containsExactly("NX-M000", "NX-M001", "NX-M002", "NX-M003", "NX-M004", "NX-M005", "NX-M006",
                            "NX-M008");
        }
    
        @Test
        void a_grid_retires_with_everything_under_it_only_where_its_siblings_still_cover_their_parent() {
            var plan = given.plan();
            var later = DRAWN.plusMonths(1);

            var refused = onlyProblem(() -> plan.retire(code("NX-M001"), later, given.organizations, NOW));
            assertThat(refused.rule()).isEqualTo("grid-gap");
            assertThat(refused.codes()).containsExactly("NX-V01");

            // NX-V01 redrawn as one micro grid covering it whole, which can then retire alone: NX-V01 is a leaf
            plan.revise(code("NX-V01"), List.of(draft("NX-M009", "NX-V01", rectangle(WEST, SOUTH, MIDDLE, LAT_MIDDLE),
                    given.beiguan)), later, ids(), given.organizations, NOW);
            var event = plan.retire(code("NX-M009"), later.plusDays(1), given.organizations, NOW);

            assertThat(event.parentCode()).isEqualTo("NX-V01");
            assertThat(event.retired()).containsExactly("NX-M009");
            assertThat(event.drawn()).isEmpty();
            assertThat(plan.activeOn(later.plusDays(1))).extracting(grid -> grid.code().value())
                    .contains("NX-V01", "NX-M003").doesNotContain("NX-M009", "NX-M001");
            assertThatThrownBy(() -> plan.retire(code("NX-M009"), later.plusDays(2), given.organizations, NOW))
                    .isInstanceOf(UnknownReferenceException.class);
            assertThatThrownBy(() -> plan.retire(code("NX-A01"), null, given.organizations, NOW))
                    .isInstanceOf(InvalidValueException.class);
        }
}
}
