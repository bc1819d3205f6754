package org.ronghe.domain.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.domain.grid.GridFixtures.DRAWN;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Locating a point: the deepest grid drawn there, one answer on a shared edge, nothing outside. */
class GridIndexScenariosTest {

    private final GridFixtures given = new GridFixtures();

    @Test
    void a_point_lies_in_the_micro_grid_drawn_there_not_in_the_village_or_area_grid_around_it() {
        var index = new GridIndex(given.plan().activeOn(DRAWN), DRAWN);

        assertThat(index.locate(121.255, 31.378)).map(grid -> grid.code().value()).contains("NX-M007");
        assertThat(index.size()).isEqualTo(14);
    }

    @Test
    void where_a_town_has_drawn_its_area_grids_only_a_point_lies_in_its_area_grid() {
        var index = new GridIndex(given.defineAreasOnly().activeOn(DRAWN), DRAWN);

        assertThat(index.locate(121.255, 31.378)).map(grid -> grid.code().value()).contains("NX-A02");
    }

    @Test
    void a_point_on_an_edge_or_corner_that_grids_share_always_gets_the_grid_whose_code_comes_first() {
        var grids = given.plan().activeOn(DRAWN);
        var reversed = new java.util.ArrayList<>(grids);
        java.util.Collections.reverse(reversed);

        for (var index : List.of(new GridIndex(grids, DRAWN), new GridIndex(reversed, DRAWN))) {
            // the corner shared by NX-M002, NX-M004, NX-M005 and NX-M007
            assertThat(index.locate(121.25, 31.375)).map(grid -> grid.code().value()).contains("NX-M002");
            // the edge between NX-M005 and NX-M006
            assertThat(index.locate(121.255, 31.372)).map(grid -> grid.code().value()).contains("NX-M005");
        }
    }

    @Test
    void a_point_outside_every_grid_lies_in_none_and_an_empty_index_finds_nothing() {
        assertThat(new GridIndex(given.plan().activeOn(DRAWN), DRAWN).locate(121.30, 31.378)).isEmpty();
        assertThat(new GridIndex(List.of(), DRAWN).locate(121.255, 31.378)).isEmpty();
        assertThat(new GridIndex(List.of(), DRAWN).size()).isZero();
    }

    @Test
    void on_a_shared_edge_the_first_code_wins_wherever_the_grids_lie() {
        // the grid whose code comes first lies east, where a spatial index meets it second
        Grid west = micro("NX-M002", 121.24, 121.25);
        Grid east = micro("NX-M001", 121.25, 121.26);

        assertThat(new GridIndex(List.of(west, east), DRAWN).locate(121.25, 31.375)).contains(east);
    }

    private static Grid micro(String code, double westLongitude, double eastLongitude) {
        return new Grid(new GridId(java.util.UUID.randomUUID()), GridFixtures.code(code), code, null,
                List.of(new Dated<>(DRAWN, null, GridFixtures.rectangle(westLongitude, 31.37, eastLongitude, 31.38))),
                List.of(), List.of(), DRAWN, null);
    }
}
