package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.area.DuplicateAreaNameException;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The areas of the functional layout ("one core, one hub, four areas") through the use cases, in memory. */
class AreaDefinitionUseCasesTest {

    private final OnMemory memory = new OnMemory();
    private OrganizationView district;
    private List<OrganizationView> towns;

    @BeforeEach
    void sixTowns() {
        district = memory.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        towns = IntStream.rangeClosed(1, 6).mapToObj(i -> memory.register("TOWN_PARTY_COMMITTEE", "第" + i + "街道党工委",
                district)).toList();
    }

    @AfterEach
    void close() {
        memory.close();
    }

    private AreaView define(String name, Set<OrganizationId> towns) {
        return memory.ronghe.areas().commands().define(OnMemory.ADMIN, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of(name, "Area " + name), towns));
    }

    private Set<OrganizationId> allTowns() {
        var ids = new HashSet<OrganizationId>();
        towns.forEach(t -> ids.add(t.id()));
        return ids;
    }

    @Test
    void an_area_lists_its_towns_in_a_stable_order_and_reads_back_as_it_was_defined() {
        var defined = define("南部片区", allTowns());

        var expectedOrder = towns.stream().map(OrganizationView::id)
                .sorted(Comparator.comparing(OrganizationId::toString)).toList();
        assertThat(defined.towns()).containsExactlyElementsOf(expectedOrder);
        assertThat(defined.layout()).isEqualTo(AreaLayout.AREA);
        assertThat(defined.name()).isEqualTo("南部片区");
        assertThat(defined.nameEn()).isEqualTo("Area 南部片区");
        assertThat(defined.version()).isEqualTo(1);
        assertThat(memory.ronghe.areas().queries().area(defined.id())).isEqualTo(defined);
    }

    @Test
    void every_defined_area_is_listed() {
        var south = define("南部片区", Set.of(towns.get(0).id()));
        var north = define("北部片区", Set.of(towns.get(1).id(), towns.get(2).id()));

        assertThat(memory.ronghe.areas().queries().areas()).containsExactlyInAnyOrder(south, north);
    }

    @Test
    void an_unknown_area_is_not_found() {
        assertThatThrownBy(() -> memory.ronghe.areas().queries().area(new AreaId(UUID.randomUUID())))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void an_area_over_an_unknown_town_is_refused_naming_the_towns_and_nothing_is_stored() {
        int entries = memory.auditEntries();

        assertThatThrownBy(() -> define("南部片区", Set.of(towns.get(0).id(), new OrganizationId(UUID.randomUUID()))))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("towns"));

        assertThat(memory.ronghe.areas().queries().areas()).isEmpty();
        assertThat(memory.auditEntries()).isEqualTo(entries);
    }

    @Test
    void two_areas_do_not_share_a_name() {
        define("南部片区", Set.of(towns.get(0).id()));

        assertThatThrownBy(() -> define("南部片区", Set.of(towns.get(1).id())))
                .isInstanceOf(DuplicateAreaNameException.class);
        assertThat(memory.ronghe.areas().queries().areas()).hasSize(1);
    }

    @Test
    void only_an_admin_defines_areas_not_even_the_district_operators() {
        var operator = memory.operatorOf(district);

        assertThatThrownBy(() -> memory.ronghe.areas().commands().define(operator, new DefineAreaCommand(AreaLayout.HUB,
                BilingualName.of("枢纽", null), Set.of(towns.get(0).id())))).isInstanceOf(AccessDeniedException.class);
        assertThat(memory.ronghe.areas().queries().areas()).isEmpty();
    }

    @Test
    void defining_an_area_leaves_one_audit_entry_with_its_layout_names_and_towns() {
        var defined = define("南部片区", Set.of(towns.get(0).id()));

        assertThat(memory.auditOf(defined.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.eventType()).isEqualTo("AreaDefined");
            assertThat(entry.aggregateType()).isEqualTo("area");
            assertThat(entry.changes()).containsExactly(new FieldChange("layout", null, "AREA"),
                    new FieldChange("name", null, "南部片区"), new FieldChange("nameEn", null, "Area 南部片区"),
                    new FieldChange("towns", null, "[" + towns.get(0).id() + "]"));
        });
        assertThat(memory.auditOf(defined.id().toString())).extracting(AuditEntry::requestId)
                .containsExactly(OnMemory.ADMIN.requestId());
    }
}
