package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.Indicator;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.targetsystem.TargetSystem;
import org.ronghe.domain.targetsystem.TargetSystemId;

/** What every {@link org.ronghe.application.targetsystem.port.out.TargetSystems} must do. */
public abstract class TargetSystemsContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private OrganizationId department;
    private CommitteeId committee;

    @BeforeEach
    void structure() {
        var district = ContractFixtures.organization(storage, OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委", null, NOW);
        department = ContractFixtures.organization(storage, OrganizationKind.DEPARTMENT_PARTY_BODY, "区发改委党组", district,
                NOW).getId();
        committee = ContractFixtures.promotionCommittee(storage, NOW);
    }

    private TargetSystem system(String title, int firstYear) {
        var system = TargetSystem.define(new TargetSystemId(UUID.randomUUID()), title,
                new PlanPeriod(firstYear, firstYear + 4), NOW).system();
        storage.targetSystems().add(system);
        return system;
    }

    private Indicator indicator(String code, LiveFigure live) {
        return new Indicator(code, BilingualName.of("指标 " + code, "Indicator " + code), IndicatorCategory.DEVELOPMENTAL,
                "%", Direction.AT_LEAST, new BigDecimal("12.5"), new BigDecimal("40.00"),
                Map.of(2022, new BigDecimal("20"), 2024, new BigDecimal("33.3")), department,
                Set.of(new ProjectId(UUID.randomUUID())), Set.of(committee), Set.of(new AreaId(UUID.randomUUID())), live,
                List.of());
    }

    @Test
    void a_system_with_indicators_readings_and_corrections_reads_back_identically() {
        var system = system("“十四五”融合目标", 2021);
        system.add(indicator("D-01", null), NOW);
        system.add(indicator("P-01", LiveFigure.ESTABLISHED_AREA_COMMITTEES), NOW);
        system.report("D-01", new BigDecimal("18.75"), LocalDate.of(2021, 12, 31), department, "年度统计", "统计公报", null,
                NOW);
        system.report("D-01", new BigDecimal("17.5"), LocalDate.of(2021, 12, 31), department, "口径更正", null, 1, NOW);
        storage.targetSystems().update(system);

        var read = storage.targetSystems().findById(system.getId()).orElseThrow();

        assertThat(read.state()).isEqualTo(system.state());
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.indicator("D-01").currentReadings()).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("17.5"));
        assertThat(read.indicator("D-01").interimTargets().get(2024)).isEqualByComparingTo("33.3");
        assertThat(storage.targetSystems().findById(new TargetSystemId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_stale_update_is_refused_and_leaves_the_stored_system_as_it_was() {
        var system = system("目标体系", 2021);
        var stale = storage.targetSystems().findById(system.getId()).orElseThrow();
        system.add(indicator("N-01", null), NOW);
        storage.targetSystems().update(system);

        stale.add(indicator("N-02", null), NOW);
        assertThatThrownBy(() -> storage.targetSystems().update(stale)).isInstanceOf(StaleVersionException.class);
        assertThat(storage.targetSystems().findById(system.getId()).orElseThrow().state().indicators())
                .extracting(Indicator::code).containsExactly("N-01");
    }

    @Test
    void listings_put_the_latest_plan_period_first_then_title_and_page() {
        var thirteenth = system("“十三五”目标", 2016);
        var fourteenthB = system("乙 目标", 2021);
        var fourteenthA = system("甲 目标", 2021);

        var first = storage.targetSystems().find(new PageRequest(1, 2));
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.items()).extracting(TargetSystem::getId)
                .containsExactlyInAnyOrder(fourteenthA.getId(), fourteenthB.getId());
        assertThat(storage.targetSystems().find(new PageRequest(2, 2)).items()).extracting(TargetSystem::getId)
                .containsExactly(thirteenth.getId());
    }
}
