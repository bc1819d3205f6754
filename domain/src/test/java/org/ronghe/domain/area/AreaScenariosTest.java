package org.ronghe.domain.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Areas of the functional layout (一核一枢纽四片区)")
class AreaScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");

    private final OrganizationId jiadingTown = new OrganizationId(UUID.randomUUID());
    private final OrganizationId malu = new OrganizationId(UUID.randomUUID());
    private final OrganizationId nanxiang = new OrganizationId(UUID.randomUUID());
    private final AreaId ximenId = new AreaId(UUID.randomUUID());
    private final BilingualName ximenName = BilingualName.of("西门历史文化街区", "Ximen historic-cultural block");

    @Nested
    @DisplayName("defining an area")
    class Defining {

        @Test
        void an_area_is_defined_with_the_towns_it_spans_and_the_event_records_all_of_it() {
            var definition = Area.define(ximenId, AreaLayout.AREA, ximenName, Set.of(jiadingTown, malu),
                    AreaNames.none(), NOW);

            assertThat(definition.event()).isEqualTo(
                    new AreaDefined(ximenId, AreaLayout.AREA, ximenName, Set.of(jiadingTown, malu), NOW));
            var area = definition.area();
            assertThat(area.getId()).isEqualTo(ximenId);
            assertThat(area.layout()).isEqualTo(AreaLayout.AREA);
            assertThat(area.name()).isEqualTo(ximenName);
            assertThat(area.towns()).containsExactlyInAnyOrder(jiadingTown, malu);
            assertThat(area.version()).isZero();
        }

        @Test
        void an_area_spans_its_own_towns_and_no_other() {
            var ximen = Area.define(ximenId, AreaLayout.AREA, ximenName, Set.of(jiadingTown), AreaNames.none(), NOW)
                    .area();

            assertThat(ximen.spans(jiadingTown)).isTrue();
            assertThat(ximen.spans(nanxiang)).isFalse();
        }

        @Test
        void an_area_spans_at_least_one_town() {
            assertThatThrownBy(() -> Area.define(ximenId, AreaLayout.AREA, ximenName, Set.of(), AreaNames.none(), NOW))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one town");
            assertThatThrownBy(() -> Area.define(ximenId, AreaLayout.AREA, ximenName, null, AreaNames.none(), NOW))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void a_name_another_area_bears_is_refused_with_the_name_and_its_code() {
            AreaNames ximenTaken = key -> key.equals(Area.keyOf(ximenName));

            assertThatThrownBy(() -> Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA,
                    BilingualName.of(" 西门历史文化街区 ", null), Set.of(malu), ximenTaken, NOW))
                    .isInstanceOfSatisfying(DuplicateAreaNameException.class, e -> {
                        assertThat(e.code()).isEqualTo("duplicate-area-name");
                        assertThat(e.getMessage()).isEqualTo("an area named '西门历史文化街区' exists already");
                    });
        }

        @Test
        void another_name_is_free_even_when_one_area_already_bears_a_name() {
            AreaNames ximenTaken = key -> key.equals(Area.keyOf(ximenName));

            var yuanxiang = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA,
                    BilingualName.of("远香文化源", "Yuanxiang culture source"), Set.of(malu), ximenTaken, NOW);

            assertThat(yuanxiang.area().name().zh()).isEqualTo("远香文化源");
        }
    }

    @Nested
    @DisplayName("storing")
    class Storing {

        @Test
        void an_area_restored_from_storage_is_the_area_that_was_stored() {
            var area = Area.restore(new Area.State(ximenId, AreaLayout.HUB, ximenName, Set.of(jiadingTown), 7));

            assertThat(area.getId()).isEqualTo(ximenId);
            assertThat(area.layout()).isEqualTo(AreaLayout.HUB);
            assertThat(area.name()).isEqualTo(ximenName);
            assertThat(area.towns()).containsExactly(jiadingTown);
            assertThat(area.version()).isEqualTo(7);
        }

        @Test
        void an_area_stored_and_restored_again_is_the_area_that_was_stored_with_the_version_it_was_stored_at() {
            var area = Area.restore(new Area.State(ximenId, AreaLayout.HUB, ximenName, Set.of(jiadingTown), 7));
            area.markStored(8);

            var restored = Area.restore(area.state());

            assertThat(restored.state())
                    .isEqualTo(new Area.State(ximenId, AreaLayout.HUB, ximenName, Set.of(jiadingTown), 8));
            assertThat(restored.spans(jiadingTown)).isTrue();
        }

        @Test
        void only_a_repository_advances_the_version_and_only_forwards() {
            var area = Area.restore(new Area.State(ximenId, AreaLayout.AREA, ximenName, Set.of(jiadingTown), 1));

            assertThatThrownBy(() -> area.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> area.markStored(0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(area.version()).isEqualTo(1);

            area.markStored(2);

            assertThat(area.version()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("area ids")
    class Ids {

        @Test
        void an_area_id_is_read_from_its_text_and_written_back_the_same() {
            var id = AreaId.parse("areaId", " 6f1c2d3e-0000-4000-8000-00000000000a ");

            assertThat(id).isEqualTo(new AreaId(UUID.fromString("6f1c2d3e-0000-4000-8000-00000000000a")));
            assertThat(id.toString()).isEqualTo("6f1c2d3e-0000-4000-8000-00000000000a");
        }

        @Test
        void text_that_is_no_area_id_is_an_invalid_value_of_the_field() {
            assertThatThrownBy(() -> AreaId.parse("areaId", "西门")).isInstanceOf(InvalidValueException.class)
                    .hasMessage("areaId: is not a valid area id");
            assertThatThrownBy(() -> AreaId.parse("areaId", null)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("areaId: is not a valid area id");
        }
    }
}
