package org.ronghe.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Candidate;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeRegistry;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskId;

import org.junit.jupiter.api.Test;

/** Rule 7 and the other rights of the collaboration mechanisms. */
class MeetingStewardshipScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId department = new OrganizationId(UUID.randomUUID());
    private final OrganizationId outsider = new OrganizationId(UUID.randomUUID());
    private final FusionCommittee host;

    MeetingStewardshipScenariosTest() {
        var area = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA, BilingualName.of("西门", null),
                Set.of(town), org.ronghe.domain.area.AreaNames.none(), NOW).area();
        CommitteeRegistry registry = knowingOnly(Optional.of(new CommitteeId(UUID.randomUUID())));
        host = FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), CommitteeTier.AREA, BilingualName.of("西门融委会", null),
                null, area.getId(), registry, DAY, NOW).committee();
        host.admit(new Candidate(town, OrganizationKind.TOWN_PARTY_COMMITTEE, OrganizationStatus.ACTIVE),
                MembershipRole.LEAD, DAY, area, NOW);
        host.admit(new Candidate(department, OrganizationKind.DEPARTMENT_PARTY_BODY, OrganizationStatus.ACTIVE),
                MembershipRole.COOPERATING, DAY, area, NOW);
    }

    /** A registry that knows only which committee is the promotion committee. */
    private static CommitteeRegistry knowingOnly(Optional<CommitteeId> promotion) {
        return new CommitteeRegistry() {
            @Override
            public Optional<CommitteeId> promotionCommittee() {
                return promotion;
            }

            @Override
            public boolean coversField(ProfessionalField field) {
                return false;
            }

            @Override
            public boolean coversArea(AreaId areaId) {
                return false;
            }
        };
    }

    private FollowUpTask taskOf(OrganizationId assignee) {
        return FollowUpTask.create(new TaskId(UUID.randomUUID()), new MeetingId(UUID.randomUUID()), 1, host.getId(),
                MeetingMechanism.SPECIAL_DELIBERATION, "任务", assignee, Set.of(), DAY, DAY.plusMonths(1), NOW).task();
    }

    @Test
    void only_the_host_committees_lead_verifies_and_never_its_own_task() {
        var townOperator = new Actor(town, Role.OPERATOR);

        assertThatCode(() -> TaskStewardship.requireMayVerify(townOperator, List.of(host), taskOf(department)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(new Actor(department, Role.OPERATOR), List.of(host),
                taskOf(department))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(townOperator, List.of(host), taskOf(town)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(Actor.system(), List.of(host), taskOf(department)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void members_raise_items_outsiders_do_not_and_assignees_work_on_their_tasks() {
        assertThatCode(() -> MeetingStewardship.requireMayRaise(new Actor(department, Role.OPERATOR), host, DAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MeetingStewardship.requireMayRaise(new Actor(outsider, Role.OPERATOR), host, DAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TaskStewardship.requireMayWorkOn(new Actor(outsider, Role.OPERATOR),
                taskOf(department))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MeetingStewardship.requireMayConvene(new Actor(department, Role.OPERATOR), host))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_operator_raises_items_in_its_own_organizations_name_only() {
        var departmentOperator = new Actor(department, Role.OPERATOR);

        assertThatCode(() -> MeetingStewardship.requireMayRaiseAs(departmentOperator, host, department, DAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MeetingStewardship.requireMayRaiseAs(departmentOperator, host, town, DAY))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("own organization");
    }

    @Test
    void the_district_admin_raises_on_a_members_behalf_but_never_for_an_outsider() {
        assertThatCode(() -> MeetingStewardship.requireMayRaiseAs(Actor.system(), host, town, DAY))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MeetingStewardship.requireMayRaiseAs(Actor.system(), host, outsider, DAY))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MeetingStewardship.requireMayRaiseAs(new Actor(outsider, Role.OPERATOR), host,
                outsider, DAY)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void carrying_an_item_on_is_the_conveners_decision() {
        assertThatCode(() -> MeetingStewardship.requireMayCarryOver(new Actor(town, Role.OPERATOR), host))
                .doesNotThrowAnyException();
        assertThatCode(() -> MeetingStewardship.requireMayCarryOver(Actor.system(), host)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MeetingStewardship.requireMayCarryOver(new Actor(department, Role.OPERATOR), host))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> MeetingStewardship.requireMayCarryOver(new Actor(town, Role.READER), host))
                .isInstanceOf(AccessDeniedException.class);
    }

    private final OrganizationId district = new OrganizationId(UUID.randomUUID());

    /** The promotion committee, led by the district party committee. */
    private FusionCommittee promotion() {
        CommitteeRegistry none = knowingOnly(Optional.empty());
        var promotion = FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, none, DAY, NOW).committee();
        promotion.admit(new Candidate(district, OrganizationKind.DISTRICT_PARTY_COMMITTEE, OrganizationStatus.ACTIVE),
                MembershipRole.LEAD, DAY, null, NOW);
        return promotion;
    }

    private FollowUpTask taskOf(OrganizationId assignee, OrganizationId coAssignee) {
        return FollowUpTask.create(new TaskId(UUID.randomUUID()), new MeetingId(UUID.randomUUID()), 1, host.getId(),
                MeetingMechanism.SPECIAL_DELIBERATION, "任务", assignee, Set.of(coAssignee), DAY, DAY.plusMonths(1), NOW)
                .task();
    }

    @Test
    void a_task_of_the_hosts_own_lead_is_verified_one_level_up_by_the_lead_of_the_committee_above() {
        var promotion = promotion();
        var chain = List.of(host, promotion);
        var townsOwnTask = taskOf(town);

        assertThat(TaskStewardship.verifierOf(chain, townsOwnTask))
                .isEqualTo(new Verifier.LeadOf(promotion.getId(), district));
        assertThatCode(() -> TaskStewardship.requireMayVerify(new Actor(district, Role.OPERATOR), chain, townsOwnTask))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(new Actor(town, Role.OPERATOR), chain,
                townsOwnTask)).isInstanceOf(AccessDeniedException.class).hasMessageContaining(promotion.getId().toString());
        assertThat(TaskStewardship.verifierOf(chain, taskOf(department)))
                .as("the host's LEAD verifies what others did").isEqualTo(new Verifier.LeadOf(host.getId(), town));
    }

    @Test
    void when_every_lead_up_to_the_promotion_committee_works_on_a_task_the_district_admin_verifies_it() {
        var chain = List.of(host, promotion());
        var everyLeadsTask = taskOf(town, district);

        assertThat(TaskStewardship.verifierOf(chain, everyLeadsTask)).isEqualTo(new Verifier.DistrictAdmin());
        assertThatCode(() -> TaskStewardship.requireMayVerify(Actor.system(), chain, everyLeadsTask))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(new Actor(district, Role.ADMIN), chain,
                everyLeadsTask)).as("an ADMIN bound to an assignee does not verify its own work")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(new Actor(district, Role.OPERATOR), chain,
                everyLeadsTask)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_committee_without_a_lead_today_verifies_nothing_until_one_is_admitted() {
        var leaderless = promotion();
        leaderless.endMembership(district, DAY.plusDays(1), NOW);
        var chain = List.of(leaderless);

        assertThat(TaskStewardship.verifierOf(chain, taskOf(department)))
                .isEqualTo(new Verifier.AwaitingLead(leaderless.getId()));
        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(Actor.system(), chain, taskOf(department)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("which has none today");
    }

    @Test
    void only_the_convener_assigns_follow_up_tasks_and_the_refusal_says_so() {
        assertThatCode(() -> TaskStewardship.requireMayAssignTasks(new Actor(town, Role.OPERATOR), host))
                .doesNotThrowAnyException();
        assertThatCode(() -> TaskStewardship.requireMayAssignTasks(Actor.system(), host)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskStewardship.requireMayAssignTasks(new Actor(department, Role.OPERATOR), host))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("assigns follow-up tasks");
    }

    @Test
    void the_tasks_of_a_dissolved_committee_are_verified_by_the_committee_above_never_left_waiting() {
        var promotion = promotion();
        var task = taskOf(department);
        host.dissolve(DAY.plusYears(1), 0, NOW);

        assertThat(TaskStewardship.verifierOf(List.of(host, promotion), task))
                .isEqualTo(new Verifier.LeadOf(promotion.getId(), district));
        assertThat(TaskStewardship.verifierOf(List.of(host), task)).isEqualTo(new Verifier.DistrictAdmin());
    }

    @Test
    void the_assignees_operators_and_the_admin_work_on_a_task_the_assignees_readers_do_not() {
        var task = taskOf(department, town);

        assertThatCode(() -> TaskStewardship.requireMayWorkOn(new Actor(department, Role.OPERATOR), task))
                .doesNotThrowAnyException();
        assertThatCode(() -> TaskStewardship.requireMayWorkOn(new Actor(town, Role.OPERATOR), task))
                .as("a co-assignee").doesNotThrowAnyException();
        assertThatCode(() -> TaskStewardship.requireMayWorkOn(Actor.system(), task)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TaskStewardship.requireMayWorkOn(new Actor(department, Role.READER), task))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("assignee and co-assignees");
    }

    @Test
    void an_operator_refused_a_task_the_district_admin_verifies_is_told_that_the_district_admin_does() {
        var chain = List.of(host, promotion());
        var everyLeadsTask = taskOf(town, district);

        assertThatThrownBy(() -> TaskStewardship.requireMayVerify(new Actor(department, Role.OPERATOR), chain,
                everyLeadsTask)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("only the district's ADMIN (every LEAD up to the promotion committee works on the task) "
                        + "verifies or reopens this task");
    }

    @Test
    void the_buttons_a_task_shows_are_what_its_viewer_may_do_in_its_state() {
        var chain = List.of(host);
        var task = taskOf(department);
        var assignee = new Actor(department, Role.OPERATOR);
        var lead = new Actor(town, Role.OPERATOR);

        assertThat(TaskStewardship.actionsOf(assignee, chain, task))
                .as("open: the assignee notes progress and marks it done").isEqualTo(new TaskActions(true, true, false, false));
        assertThat(TaskStewardship.actionsOf(lead, chain, task)).as("open: nothing for the verifier yet")
                .isEqualTo(new TaskActions(false, false, false, false));
        assertThat(TaskStewardship.actionsOf(lead, chain, task).any()).isFalse();
        assertThat(TaskStewardship.actionsOf(Actor.system(), chain, task))
                .as("the ADMIN works on it for the district but does not verify it").isEqualTo(new TaskActions(true, true, false, false));

        task.markDone(DAY.plusDays(10), NOW);
        assertThat(TaskStewardship.actionsOf(lead, chain, task)).as("done: the host's LEAD verifies or reopens")
                .isEqualTo(new TaskActions(false, false, true, true));
        assertThat(TaskStewardship.actionsOf(assignee, chain, task)).as("done: the assignee never verifies its own")
                .isEqualTo(new TaskActions(false, false, false, false));
        assertThat(TaskStewardship.actionsOf(new Actor(town, Role.READER), chain, task).any())
                .as("the LEAD's reader presses nothing").isFalse();
        assertThat(TaskStewardship.actionsOf(new Actor(outsider, Role.OPERATOR), chain, task).any()).isFalse();

        task.verify(DAY.plusDays(12), NOW);
        assertThat(TaskStewardship.actionsOf(lead, chain, task)).as("verified: it may still be sent back")
                .isEqualTo(new TaskActions(false, false, false, true));
        assertThat(TaskStewardship.actionsOf(lead, chain, task).any()).isTrue();

        task.reopen("台账不全", DAY.plusDays(13), NOW);
        assertThat(TaskStewardship.actionsOf(assignee, chain, task)).as("reopened: back to its assignee")
                .isEqualTo(new TaskActions(true, true, false, false));
    }

    @Test
    void a_task_the_district_admin_verifies_shows_the_admin_the_verify_button_and_its_leads_none() {
        var chain = List.of(host, promotion());
        var everyLeadsTask = taskOf(town, district);
        everyLeadsTask.markDone(DAY.plusDays(10), NOW);

        assertThat(TaskStewardship.actionsOf(Actor.system(), chain, everyLeadsTask))
                .isEqualTo(new TaskActions(false, false, true, true));
        assertThat(TaskStewardship.actionsOf(new Actor(district, Role.OPERATOR), chain, everyLeadsTask).verify()).isFalse();
    }
}
