package org.ronghe.domain.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.ronghe.domain.grid.GridFixtures.rectangle;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.InvalidValueException;

/** Where a grid lies: WGS 84 longitude/latitude polygons inside China, valid, measured on the ground. */
class TerritoryScenariosTest {

    private static List<List<List<double[]>>> ring(double[]... positions) {
        return List.of(List.of(List.of(positions)));
    }

    @Test
    void a_territorys_area_is_computed_on_the_ground_from_its_geometry() {
        // on a sphere of the authalic radius: R² · Δλ · (sin φ2 − sin φ1)
        double radius = EqualArea.AUTHALIC_RADIUS;
        double expected = radius * radius * Math.toRadians(0.02)
                * (Math.sin(Math.toRadians(31.38)) - Math.sin(Math.toRadians(31.37)));

        assertThat(rectangle(121.24, 31.37, 121.26, 31.38).squareMetres()).isCloseTo(expected, within(expected * 1e-4));
        assertThat(expected).isCloseTo(2_113_000, within(5_000.0));
    }

    @Test
    void a_self_intersecting_ring_is_no_polygon_and_the_refusal_says_where() {
        assertThatThrownBy(() -> Territory.ofPolygons("territory", ring(new double[] {121.24, 31.37},
                new double[] {121.26, 31.38}, new double[] {121.26, 31.37}, new double[] {121.24, 31.38},
                new double[] {121.24, 31.37}))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not a valid polygon").hasMessageContaining("self-intersection")
                .hasMessageContaining("[121.25, 31.375]");
    }

    @Test
    void a_ring_that_does_not_close_or_has_too_few_positions_is_refused() {
        assertThatThrownBy(() -> Territory.ofPolygons("territory", ring(new double[] {121.24, 31.37},
                new double[] {121.26, 31.37}, new double[] {121.26, 31.38}, new double[] {121.24, 31.38})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not closed");
        assertThatThrownBy(() -> Territory.ofPolygons("territory", ring(new double[] {121.24, 31.37},
                new double[] {121.26, 31.37}, new double[] {121.24, 31.37})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("fewer than 4 positions");
        assertThatThrownBy(() -> Territory.ofPolygons("territory", ring(new double[] {121.24, 31.37},
                new double[] {121.26}, new double[] {121.26, 31.38}, new double[] {121.24, 31.37})))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("without longitude and latitude");
        assertThatThrownBy(() -> Territory.ofPolygons("territory", List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one polygon");
        assertThatThrownBy(() -> Territory.ofPolygons("territory", List.of(List.of())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("without rings");
    }

    @Test
    void positions_given_latitude_first_or_outside_china_are_refused_not_stored() {
        assertThatThrownBy(() -> rectangle(31.37, 121.24, 31.38, 121.26)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside China").hasMessageContaining("[31.37, 121.24]");
        assertThatThrownBy(() -> rectangle(2.35, 48.85, 2.36, 48.86)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("outside China");
        // the corners of the range are inside it
        assertThat(rectangle(Territory.MIN_LONGITUDE, Territory.MIN_LATITUDE, Territory.MAX_LONGITUDE,
                Territory.MAX_LATITUDE).squareMetres()).isPositive();
        assertThatThrownBy(() -> rectangle(Territory.MIN_LONGITUDE - 0.0000001, 31, 121, 32))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> rectangle(121, Territory.MIN_LATITUDE - 0.0000001, 122, 32))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> rectangle(121, 31, Territory.MAX_LONGITUDE + 0.0000001, 32))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> rectangle(121, 31, 122, Territory.MAX_LATITUDE + 0.0000001))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> rectangle(Double.NaN, 31, 122, 32)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_boundary_with_more_vertices_than_any_real_grid_is_refused_before_it_is_checked() {
        List<double[]> circle = new ArrayList<>();
        int n = Territory.MAX_VERTICES;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            circle.add(new double[] {121.25 + 0.01 * Math.cos(angle), 31.37 + 0.01 * Math.sin(angle)});
        }
        circle.add(circle.get(0));

        assertThatThrownBy(() -> Territory.ofPolygons("territory", List.of(List.of(circle))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("more than 20000 vertices");
        // exactly the limit: n - 1 positions and the first again
        assertThat(Territory.ofPolygons("territory", List.of(List.of(closed(circle.subList(0, n - 1)))))
                .squareMetres()).isPositive();
    }

    private static List<double[]> closed(List<double[]> open) {
        List<double[]> ring = new ArrayList<>(open);
        ring.add(open.get(0));
        return ring;
    }

    @Test
    void geojson_gets_exterior_rings_counter_clockwise_and_holes_clockwise_whatever_order_was_given() {
        // given clockwise, with a clockwise hole
        var clockwise = Territory.ofPolygons("territory", List.of(List.of(
                List.of(new double[] {121.24, 31.37}, new double[] {121.24, 31.38}, new double[] {121.26, 31.38},
                        new double[] {121.26, 31.37}, new double[] {121.24, 31.37}),
                List.of(new double[] {121.245, 31.372}, new double[] {121.245, 31.375}, new double[] {121.25, 31.375},
                        new double[] {121.25, 31.372}, new double[] {121.245, 31.372}))));

        var polygons = clockwise.polygons();

        assertThat(polygons).hasSize(1);
        assertThat(signedArea(polygons.get(0).get(0))).isPositive();
        assertThat(signedArea(polygons.get(0).get(1))).isNegative();
        assertThat(polygons.get(0).get(0).get(0)).containsExactly(polygons.get(0).get(0).get(4));
        assertThat(clockwise.squareMetres()).isLessThan(rectangle(121.24, 31.37, 121.26, 31.38).squareMetres());
        assertThat(clockwise.covers(121.255, 31.378)).isTrue();
        assertThat(clockwise.covers(121.247, 31.373)).as("in the hole").isFalse();
        assertThat(clockwise.covers(121.26, 31.375)).as("on the edge").isTrue();
    }

    private static double signedArea(List<double[]> ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
        }
        return sum / 2;
    }

    @Test
    void a_territory_reads_back_from_its_well_known_text_as_it_was_and_equal_shapes_are_equal() {
        var drawn = Territory.ofPolygons("territory", List.of(
                List.of(List.of(new double[] {121.2412345678, 31.37}, new double[] {121.25, 31.37},
                        new double[] {121.25, 31.38}, new double[] {121.2412345678, 31.37}))
                        .stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), new double[] {121.2412345678, 31.38},
                                r.get(3))).toList(),
                List.of(List.of(new double[] {121.26, 31.37}, new double[] {121.27, 31.37}, new double[] {121.27, 31.38},
                        new double[] {121.26, 31.38}, new double[] {121.26, 31.37}))));

        var read = Territory.fromWkt("territory", drawn.wkt());

        assertThat(read).isEqualTo(drawn).hasSameHashCodeAs(drawn);
        assertThat(drawn.wkt()).startsWith("MULTIPOLYGON").contains("121.2412346");
        assertThat(read.polygons()).hasSize(2);
        assertThat(drawn).isNotEqualTo(rectangle(121.26, 31.37, 121.27, 31.38)).isNotEqualTo("a territory");
        assertThat(drawn.toString()).contains("MultiPolygon");
        assertThatThrownBy(() -> Territory.fromWkt("territory", "POINT (121.25 31.37)"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("polygon or a multipolygon");
        assertThatThrownBy(() -> Territory.fromWkt("territory", "POLYGON ((121.25")).isInstanceOf(
                InvalidValueException.class).hasMessageContaining("well-known text");
        assertThatThrownBy(() -> Territory.fromWkt("territory", " ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Territory.fromWkt("territory", "POLYGON EMPTY")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_grid_code_is_the_towns_code_the_levels_letter_and_a_serial() {
        var code = GridCode.parse("code", " NX-V017 ");

        assertThat(code.value()).isEqualTo("NX-V017");
        assertThat(code.townCode()).isEqualTo("NX");
        assertThat(code.level()).isEqualTo(GridLevel.VILLAGE);
        assertThat(GridCode.parse("code", "JDXC2-M00153").level()).isEqualTo(GridLevel.MICRO);
        assertThat(GridCode.parse("code", "NX-A01").level()).isEqualTo(GridLevel.AREA);
        for (String bad : new String[] {"nx-V017", "NX-X017", "NX-V1", "NX-V123456", "NXV017", "N-V017", ""}) {
            assertThatThrownBy(() -> GridCode.parse("code", bad)).as(bad).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> GridCode.parse("code", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GridCode("NX-Q01")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void each_level_lies_in_the_level_above_and_reads_in_chinese() {
        assertThat(GridLevel.AREA.parentLevel()).isNull();
        assertThat(GridLevel.VILLAGE.parentLevel()).isEqualTo(GridLevel.AREA);
        assertThat(GridLevel.MICRO.parentLevel()).isEqualTo(GridLevel.VILLAGE);
        assertThat(GridLevel.MICRO.nameZh()).isEqualTo("小微网格");
        assertThat(GridLevel.parse("level", " village ")).isEqualTo(GridLevel.VILLAGE);
        assertThatThrownBy(() -> GridLevel.parse("level", "TOWN")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("AREA, VILLAGE or MICRO");
        assertThatThrownBy(() -> GridLevel.parse("level", " ")).isInstanceOf(InvalidValueException.class);
        assertThat(GridLevel.ofLetter('Q')).isNull();
    }
}
