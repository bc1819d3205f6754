package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.activity.port.in.ActivityQueries;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Co-work activities through the use cases, on the in-memory adapter: who records, withdrawals, counts. */
class ActivityUseCasesTest {

    private static final Caller ADMIN = Caller.system("activity use cases");

    private final OnMemory memory = new OnMemory();
    private final Ronghe ronghe = memory.ronghe;
    private OrganizationView town;
    private OrganizationView unit;
    private OrganizationView outsider;

    private OrganizationView register(String kind, String name, OrganizationView parent) {
        return memory.register(kind, name, parent);
    }

    private Caller operatorOf(OrganizationView organization) {
        return memory.operatorOf(organization);
    }

    @BeforeEach
    void organizations() {
        var district = register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        town = register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        unit = register("REGIONAL_UNIT", "某研究院", town);
        outsider = register("DEPARTMENT_PARTY_BODY", "区水务局党组", district);
    }

    @AfterEach
    void close() {
        memory.close();
    }

    private RecordActivityCommand research(LocalDate on) {
        return new RecordActivityCommand(CoWorkForm.RESEARCH_DONE_TOGETHER, "停车难联合调研", null,
                Set.of(town.id(), unit.id()), on, null);
    }

    @Test
    void an_organization_that_took_part_records_it_others_may_not_and_counts_follow() {
        var recorded = ronghe.activities().commands().record(operatorOf(town), research(LocalDate.of(2022, 5, 20)));
        ronghe.activities().commands().record(ADMIN, new RecordActivityCommand(CoWorkForm.CADRES_TRAINED_TOGETHER, "联合培训",
                null, Set.of(unit.id(), outsider.id()), LocalDate.of(2022, 6, 1), null));

        assertThatThrownBy(() -> ronghe.activities().commands().record(operatorOf(outsider), research(LocalDate.of(2022, 5, 21))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(recorded.activity().version()).isEqualTo(1);
        var counts = ronghe.activities().queries().counts(null, null);
        assertThat(counts).filteredOn(c -> c.dimension().equals("form")).hasSize(CoWorkForm.values().length)
                .contains(new ActivityQueries.Count("form", "RESEARCH_DONE_TOGETHER", 1),
                        new ActivityQueries.Count("form", "SERVICES_DELIVERED_TOGETHER", 0));
        assertThat(counts).contains(new ActivityQueries.Count("organization", unit.id().toString(), 2));
        assertThat(ronghe.audit().queries().entries(ADMIN, new org.ronghe.domain.audit.AuditCriteria("activity",
                recorded.activity().id().toString(), null, null, null), org.ronghe.application.shared.port.PageRequest.first()).totalItems())
                .isEqualTo(1);
    }

    @Test
    void an_activity_with_an_unknown_participant_is_refused_naming_it_and_nothing_is_kept() {
        var unknown = new org.ronghe.domain.organization.OrganizationId(java.util.UUID.randomUUID());
        var command = new RecordActivityCommand(CoWorkForm.RESEARCH_DONE_TOGETHER, "停车难联合调研", null,
                Set.of(town.id(), unknown), LocalDate.of(2022, 5, 20), null);

        assertThatThrownBy(() -> ronghe.activities().commands().record(ADMIN, command))
                .isInstanceOf(UnknownReferenceException.class).hasMessageContaining(unknown.toString());
        assertThat(ronghe.activities().queries().activities(ActivityCriteria.all(), PageRequest.first()).totalItems())
                .isZero();
    }

    @Test
    void a_withdrawn_activity_no_longer_counts_and_a_stale_withdrawal_is_refused() {
        var recorded = ronghe.activities().commands().record(ADMIN, research(LocalDate.of(2022, 5, 20)));
        var id = recorded.activity().id();

        assertThatThrownBy(() -> ronghe.activities().commands().change(operatorOf(outsider), new ActivityChange.Withdraw(id, 1,
                "误登"))).isInstanceOf(AccessDeniedException.class);
        ronghe.activities().commands().change(operatorOf(unit), new ActivityChange.Withdraw(id, 1, "误登"));
        assertThatThrownBy(() -> ronghe.activities().commands().change(ADMIN, new ActivityChange.Withdraw(id, 1, "再次")))
                .isInstanceOf(StaleVersionException.class);

        assertThat(ronghe.activities().queries().activity(id).activity().withdrawn()).isTrue();
        assertThat(ronghe.activities().queries().counts(null, null)).contains(
                new ActivityQueries.Count("form", "RESEARCH_DONE_TOGETHER", 0));
    }
}
