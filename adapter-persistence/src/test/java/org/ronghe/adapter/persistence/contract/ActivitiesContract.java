package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.StaleVersionException;

/** What every {@link org.ronghe.application.activity.port.out.Activities} must do. */
public abstract class ActivitiesContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private OrganizationId town;
    private OrganizationId unit;
    private OrganizationId department;
    private CommitteeId committee;

    @BeforeEach
    void structure() {
        var district = ContractFixtures.organization(storage, OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委", null, NOW);
        town = ContractFixtures.organization(storage, OrganizationKind.TOWN_PARTY_COMMITTEE, "马陆镇党委", district, NOW)
                .getId();
        unit = ContractFixtures.organization(storage, OrganizationKind.REGIONAL_UNIT, "某研究院", district, NOW).getId();
        department = ContractFixtures.organization(storage, OrganizationKind.DEPARTMENT_PARTY_BODY, "区科委党组", district,
                NOW).getId();
        committee = ContractFixtures.promotionCommittee(storage, NOW);
    }

    private CoWorkActivity activity(CoWorkForm form, CommitteeId under, LocalDate on, OrganizationId... organizations) {
        var activity = CoWorkActivity.record(new ActivityId(UUID.randomUUID()), form, "共建活动", under,
                Set.of(organizations), on, "area:" + UUID.randomUUID(), NOW).activity();
        storage.activities().add(activity);
        return activity;
    }

    @Test
    void an_activity_reads_back_identically_and_a_withdrawal_moves_its_version_on() {
        var activity = activity(CoWorkForm.SERVICES_DELIVERED_TOGETHER, committee, LocalDate.of(2022, 6, 1), town, unit);

        assertThat(storage.activities().findById(activity.getId()).orElseThrow().state()).isEqualTo(activity.state());
        activity.withdraw("重复登记", NOW);
        storage.activities().update(activity);
        var read = storage.activities().findById(activity.getId()).orElseThrow();
        assertThat(read.state()).isEqualTo(activity.state());
        assertThat(read.version()).isEqualTo(2);
        assertThat(storage.activities().findById(new ActivityId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_stale_update_is_refused() {
        var activity = activity(CoWorkForm.RESEARCH_DONE_TOGETHER, null, LocalDate.of(2022, 6, 1), town, unit);
        var stale = storage.activities().findById(activity.getId()).orElseThrow();
        activity.withdraw("重复", NOW);
        storage.activities().update(activity);

        stale.withdraw("也重复", NOW);
        assertThatThrownBy(() -> storage.activities().update(stale)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void listings_filter_by_form_committee_organization_and_days_latest_first_and_leave_withdrawn_ones_out() {
        var early = activity(CoWorkForm.CADRES_TRAINED_TOGETHER, committee, LocalDate.of(2022, 3, 1), town, unit);
        var late = activity(CoWorkForm.CADRES_TRAINED_TOGETHER, null, LocalDate.of(2022, 9, 1), town, department);
        var other = activity(CoWorkForm.POSITIONS_BUILT_TOGETHER, committee, LocalDate.of(2022, 6, 1), unit, department);
        var withdrawn = activity(CoWorkForm.POSITIONS_BUILT_TOGETHER, committee, LocalDate.of(2022, 7, 1), unit, town);
        withdrawn.withdraw("误登", NOW);
        storage.activities().update(withdrawn);

        assertThat(storage.activities().find(ActivityCriteria.all(), PageRequest.first()).items())
                .extracting(CoWorkActivity::getId).containsExactly(late.getId(), other.getId(), early.getId());
        assertThat(storage.activities().find(new ActivityCriteria(CoWorkForm.CADRES_TRAINED_TOGETHER, null, null, null, null,
                false), PageRequest.first()).totalItems()).isEqualTo(2);
        assertThat(storage.activities().all(new ActivityCriteria(null, committee, null, null, null, false)))
                .extracting(CoWorkActivity::getId).containsExactly(other.getId(), early.getId());
        assertThat(storage.activities().all(new ActivityCriteria(null, null, town, null, null, true)))
                .extracting(CoWorkActivity::getId).containsExactly(late.getId(), withdrawn.getId(), early.getId());
        assertThat(storage.activities().all(new ActivityCriteria(null, null, null, LocalDate.of(2022, 6, 1),
                LocalDate.of(2022, 9, 1), false))).extracting(CoWorkActivity::getId).containsExactly(other.getId());
        var second = storage.activities().find(ActivityCriteria.all(), new PageRequest(2, 2));
        assertThat(second.items()).extracting(CoWorkActivity::getId).containsExactly(early.getId());
        assertThat(second.totalItems()).isEqualTo(3);
    }
}
