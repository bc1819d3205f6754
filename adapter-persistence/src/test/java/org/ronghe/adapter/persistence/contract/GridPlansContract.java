package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.GridPlanExistsException;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.grid.GridRoleKind;
import org.ronghe.domain.grid.OrganizationFacts;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.StaleVersionException;

/** What every {@link org.ronghe.application.grid.port.out.GridPlans} must do. */
public abstract class GridPlansContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate DRAWN = LocalDate.of(2023, 3, 1);
    private Organization nanxiang;
    private Organization malu;
    private Organization beiguan;

    @BeforeEach
    void structure() {
        var district = ContractFixtures.organization(storage, OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委", null, NOW);
        nanxiang = ContractFixtures.organization(storage, OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, NOW);
        malu = ContractFixtures.organization(storage, OrganizationKind.TOWN_PARTY_COMMITTEE, "马陆镇党委", district, NOW);
        beiguan = ContractFixtures.organization(storage, OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
                "北管村党总支", nanxiang, NOW);
    }

    private final OrganizationFacts facts = new OrganizationFacts() {
        @Override
        public Optional<OrganizationKind> kindOf(OrganizationId organization) {
            return storage.organizations().findById(organization).map(Organization::kind);
        }

        @Override
        public boolean sitsUnder(OrganizationId organization, OrganizationId town) {
            return storage.organizations().findById(organization).map(o -> town.equals(o.parentId())).orElse(false);
        }

        @Override
        public List<OrganizationId> villageOrganizationsOf(OrganizationId town) {
            return town.equals(nanxiang.getId()) ? List.of(beiguan.getId()) : List.of();
        }
    };

    private static Territory rectangle(double west, double south, double east, double north) {
        return Territory.ofPolygons("territory", List.of(List.of(List.of(new double[] {west, south},
                new double[] {east, south}, new double[] {east, north}, new double[] {west, north},
                new double[] {west, south}))));
    }

    private static GridCode code(String text) {
        return GridCode.parse("code", text);
    }

    /** A town with one area grid holding one village grid with a hole that a second micro grid fills. */
    private GridPlan plan(Organization town, String townCode) {
        // the outer micro grid is a polygon with a hole; the inner one fills it
        var ring = Territory.ofPolygons("territory", List.of(List.of(
                List.of(new double[] {121.24, 31.37}, new double[] {121.26, 31.37}, new double[] {121.26, 31.38},
                        new double[] {121.24, 31.38}, new double[] {121.24, 31.37}),
                List.of(new double[] {121.245, 31.372}, new double[] {121.25, 31.372}, new double[] {121.25, 31.375},
                        new double[] {121.245, 31.375}, new double[] {121.245, 31.372}))));
        var whole = rectangle(121.24, 31.37, 121.26, 31.38);
        OrganizationId village = town == nanxiang ? beiguan.getId() : null;
        List<GridDraft> drafts = town == nanxiang ? List.of(
                new GridDraft(code(townCode + "-A01"), "南翔片区", null, whole, town.getId(), List.of()),
                new GridDraft(code(townCode + "-V01"), "北管村网格", code(townCode + "-A01"), whole, village,
                        List.of(new GridRole(GridRoleKind.CHIEF, "张伟", "村党总支书记"))),
                new GridDraft(code(townCode + "-M001"), "环形网格", code(townCode + "-V01"), ring, village, List.of()),
                new GridDraft(code(townCode + "-M002"), "中心网格", code(townCode + "-V01"),
                        rectangle(121.245, 31.372, 121.25, 31.375), village,
                        List.of(new GridRole(GridRoleKind.WORKER, "李娜", null))))
                : List.of(new GridDraft(code(townCode + "-A01"), "马陆片区", null, whole, town.getId(), List.of()));
        return GridPlan.define(new GridPlanId(UUID.randomUUID()), town.getId(), townCode, whole, drafts, DRAWN,
                () -> new GridId(UUID.randomUUID()), facts, NOW).plan();
    }

    @Test
    void a_plan_reads_back_identically_with_its_territories_holes_and_roles_and_a_revision_moves_its_version_on() {
        var plan = plan(nanxiang, "NX");
        storage.gridPlans().add(plan);

        var read = storage.gridPlans().findById(plan.getId()).orElseThrow();
        assertThat(read.state()).isEqualTo(plan.state());
        assertThat(read.version()).isEqualTo(1);

        plan.assign(code("NX-M002"), beiguan.getId(), DRAWN.plusDays(10), facts, NOW);
        storage.gridPlans().update(plan);

        var revised = storage.gridPlans().findById(plan.getId()).orElseThrow();
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.state()).isEqualTo(plan.state());
        assertThat(storage.gridPlans().findById(new GridPlanId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_and_the_stored_plan_stays() {
        var plan = plan(nanxiang, "NX");
        storage.gridPlans().add(plan);
        var first = storage.gridPlans().findById(plan.getId()).orElseThrow();
        var second = storage.gridPlans().findById(plan.getId()).orElseThrow();
        first.appoint(code("NX-M001"), List.of(new GridRole(GridRoleKind.WORKER, "王芳", null)), DRAWN, NOW);
        storage.gridPlans().update(first);

        second.appoint(code("NX-M001"), List.of(new GridRole(GridRoleKind.WORKER, "赵强", null)), DRAWN, NOW);
        assertThatThrownBy(() -> storage.gridPlans().update(second)).isInstanceOf(StaleVersionException.class);

        assertThat(storage.gridPlans().findById(plan.getId()).orElseThrow().grid(code("NX-M001")).orElseThrow().roles())
                .extracting(GridRole::name).containsExactly("王芳");
    }

    @Test
    void a_town_has_one_plan_a_second_is_refused_and_nothing_of_it_is_stored() {
        storage.gridPlans().add(plan(nanxiang, "NX"));
        var second = plan(nanxiang, "NX");

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.gridPlans().add(second);
            return null;
        })).isInstanceOf(GridPlanExistsException.class);

        assertThat(storage.gridPlans().findById(second.getId())).isEmpty();
        assertThat(storage.gridPlans().all()).hasSize(1);
    }

    @Test
    void plans_are_found_by_town_listed_by_town_code_and_their_versions_read_in_one_go() {
        var nx = plan(nanxiang, "NX");
        var ml = plan(malu, "ML");
        storage.gridPlans().add(nx);
        storage.gridPlans().add(ml);
        nx.appoint(code("NX-A01"), List.of(), DRAWN, NOW);
        storage.gridPlans().update(nx);

        assertThat(storage.gridPlans().findByTown(malu.getId()).orElseThrow().getId()).isEqualTo(ml.getId());
        assertThat(storage.gridPlans().findByTown(beiguan.getId())).isEmpty();
        assertThat(storage.gridPlans().all()).extracting(p -> p.state().townCode()).containsExactly("ML", "NX");
        assertThat(storage.gridPlans().versions()).containsEntry(nx.getId(), 2L).containsEntry(ml.getId(), 1L)
                .hasSize(2);
    }
}
