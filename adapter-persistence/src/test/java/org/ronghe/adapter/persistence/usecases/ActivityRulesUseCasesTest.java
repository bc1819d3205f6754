package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.activity.port.in.ActivityQueries.Count;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Co-work recorded under Ximen's committee: what a record names, what it refers to, withdrawals and their trace. */
class ActivityRulesUseCasesTest {

    private static final LocalDate MAY = LocalDate.of(2022, 5, 20);

    private final ClosedLoopScene scene = new ClosedLoopScene();
    private final Ronghe ronghe = scene.ronghe;

    @AfterEach
    void close() {
        scene.close();
    }

    private RecordActivityCommand research(CommitteeId committee) {
        return new RecordActivityCommand(CoWorkForm.RESEARCH_DONE_TOGETHER, "停车难联合调研", committee,
                Set.of(scene.town.id(), scene.unit.id()), MAY, null);
    }

    @Test
    void an_activity_names_its_form_and_day_every_missing_one_at_once() {
        assertThatThrownBy(() -> new RecordActivityCommand(null, "调研", null, Set.of(), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("form", "heldOn"));
        assertThat(new RecordActivityCommand(CoWorkForm.RESEARCH_DONE_TOGETHER, "调研", null, null, MAY, null)
                .organizations()).isEmpty();
    }

    @Test
    void an_activity_under_an_unknown_committee_is_refused_naming_it_and_under_a_known_one_counts_for_it() {
        assertThatThrownBy(() -> ronghe.activities().commands().record(ClosedLoopScene.ADMIN, research(new CommitteeId(
                UUID.randomUUID())))).isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("committeeId"));
        assertThat(ronghe.activities().queries().activities(ActivityCriteria.all(), PageRequest.first()).totalItems())
                .isZero();

        ronghe.activities().commands().record(scene.operatorOf(scene.town), research(scene.ximen.id()));
        ronghe.activities().commands().record(ClosedLoopScene.ADMIN, research(scene.ximen.id()));
        ronghe.activities().commands().record(ClosedLoopScene.ADMIN, research(null));

        assertThat(ronghe.activities().queries().counts(null, null)).filteredOn(c -> c.dimension().equals("committee"))
                .containsExactly(new Count("committee", scene.ximen.id().toString(), 2));
        assertThat(ronghe.activities().queries().counts(null, null)).contains(
                new Count("form", "RESEARCH_DONE_TOGETHER", 3), new Count("organization", scene.town.id().toString(), 3));
    }

    @Test
    void a_withdrawal_returns_the_withdrawn_activity_and_leaves_one_entry_with_the_reason() {
        var id = ronghe.activities().commands().record(ClosedLoopScene.ADMIN, research(scene.ximen.id())).activity().id();

        var withdrawn = ronghe.activities().commands().change(scene.operatorOf(scene.unit), new ActivityChange.Withdraw(id,
                1, "误登"));

        assertThat(withdrawn.activity().withdrawn()).isTrue();
        assertThat(withdrawn.activity().withdrawReason()).isEqualTo("误登");
        assertThat(withdrawn.activity().version()).isEqualTo(2);
        assertThat(scene.auditOf(id)).extracting(e -> e.eventType()).containsExactlyInAnyOrder("ActivityRecorded",
                "ActivityWithdrawn");
        assertThat(scene.audited(id, "ActivityWithdrawn")).satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("activity");
            assertThat(e.actorOrganization()).isEqualTo(scene.unit.id().toString());
            assertThat(e.changes()).containsExactly(new FieldChange("withdrawn", "false", "true"),
                    new FieldChange("reason", null, "误登"));
        });
        assertThat(scene.audited(id, "ActivityRecorded").changes()).containsExactly(
                new FieldChange("form", null, "RESEARCH_DONE_TOGETHER"), new FieldChange("heldOn", null, "2022-05-20"));
    }

    @Test
    void an_unknown_activity_is_not_found_to_read_or_withdraw() {
        var unknown = new ActivityId(UUID.randomUUID());

        assertThatThrownBy(() -> ronghe.activities().queries().activity(unknown)).isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.activities().commands().change(ClosedLoopScene.ADMIN, new ActivityChange.Withdraw(
                unknown, 1, "误登"))).isInstanceOf(AggregateNotFoundException.class);
    }
}
