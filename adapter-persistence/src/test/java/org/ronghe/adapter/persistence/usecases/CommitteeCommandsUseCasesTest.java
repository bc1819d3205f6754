package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The commands of the committee and area use cases check themselves before any service sees them: a
 * caller learns every missing field at once, and the version a change is based on is a stored one (1 or
 * more, sent as If-Match).
 */
class CommitteeCommandsUseCasesTest {

    private static final CommitteeId COMMITTEE = new CommitteeId(UUID.randomUUID());
    private static final OrganizationId TOWN = new OrganizationId(UUID.randomUUID());
    private static final LocalDate DAY = LocalDate.of(2022, 9, 1);

    private static void refusedNaming(ThrowingCallable command, String... fields) {
        assertThatThrownBy(command).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field)
                        .containsExactly(fields));
    }

    @Test
    void planning_a_committee_needs_its_tier_name_and_planning_day_all_reported_at_once() {
        refusedNaming(() -> new PlanCommitteeCommand(null, null, null, null, null), "tier", "name", "plannedOn");
        refusedNaming(() -> new PlanCommitteeCommand(CommitteeTier.AREA, BilingualName.of("西门片区融委会", null), null,
                null, null), "plannedOn");
        assertThatCode(() -> new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, DAY)).doesNotThrowAnyException();
    }

    @Test
    void establishing_needs_the_committee_a_stored_version_and_the_day() {
        refusedNaming(() -> new CommitteeChange.Establish(null, 0, null), "id", "expectedVersion", "on");
        refusedNaming(() -> new CommitteeChange.Establish(COMMITTEE, -1, DAY), "expectedVersion");
        assertThatCode(() -> new CommitteeChange.Establish(COMMITTEE, 1, DAY)).doesNotThrowAnyException();
    }

    @Test
    void appointing_a_chair_needs_the_committee_a_stored_version_the_chair_and_the_day() {
        refusedNaming(() -> new CommitteeChange.AppointChair(null, 0, null, null), "id", "expectedVersion", "chair", "on");
        refusedNaming(() -> new CommitteeChange.AppointChair(COMMITTEE, 1, null, DAY), "chair");
        assertThatCode(() -> new CommitteeChange.AppointChair(COMMITTEE, 1, new Chair("张三", "书记"), DAY))
                .doesNotThrowAnyException();
    }

    @Test
    void admitting_a_member_needs_the_committee_a_stored_version_the_organization_its_role_and_the_first_day() {
        refusedNaming(() -> new CommitteeChange.AdmitMember(null, 0, null, null, null), "id", "expectedVersion", "organizationId",
                "role", "since");
        refusedNaming(() -> new CommitteeChange.AdmitMember(COMMITTEE, 1, TOWN, null, DAY), "role");
        assertThatCode(() -> new CommitteeChange.AdmitMember(COMMITTEE, 1, TOWN, MembershipRole.LEAD, DAY))
                .doesNotThrowAnyException();
    }

    @Test
    void changing_a_role_needs_the_committee_a_stored_version_the_member_the_new_role_and_the_day() {
        refusedNaming(() -> new CommitteeChange.ChangeMemberRole(null, 0, null, null, null), "id", "expectedVersion",
                "organizationId", "role", "on");
        refusedNaming(() -> new CommitteeChange.ChangeMemberRole(COMMITTEE, 0, TOWN, MembershipRole.COOPERATING, DAY),
                "expectedVersion");
        assertThatCode(() -> new CommitteeChange.ChangeMemberRole(COMMITTEE, 1, TOWN, MembershipRole.COOPERATING, DAY))
                .doesNotThrowAnyException();
    }

    @Test
    void ending_a_membership_needs_the_committee_a_stored_version_the_member_and_the_last_day() {
        refusedNaming(() -> new CommitteeChange.EndMembership(null, 0, null, null), "id", "expectedVersion", "organizationId",
                "until");
        refusedNaming(() -> new CommitteeChange.EndMembership(COMMITTEE, 0, TOWN, DAY), "expectedVersion");
        assertThatCode(() -> new CommitteeChange.EndMembership(COMMITTEE, 1, TOWN, DAY)).doesNotThrowAnyException();
    }

    @Test
    void adopting_rules_needs_the_committee_a_stored_version_the_kind_a_title_and_the_day_but_no_text() {
        refusedNaming(() -> new CommitteeChange.AdoptRules(null, 0, null, null, null, null), "id", "expectedVersion", "kind",
                "title", "adoptedOn");
        refusedNaming(() -> new CommitteeChange.AdoptRules(COMMITTEE, 0, RulesKind.WORK_RULES, "工作规则", DAY, null),
                "expectedVersion");
        assertThatCode(() -> new CommitteeChange.AdoptRules(COMMITTEE, 1, RulesKind.PROCEDURE_RULES, "议事规则", DAY, null))
                .doesNotThrowAnyException();
    }

    @Test
    void dissolving_needs_the_committee_a_stored_version_and_the_day() {
        refusedNaming(() -> new CommitteeChange.Dissolve(null, 0, null), "id", "expectedVersion", "on");
        refusedNaming(() -> new CommitteeChange.Dissolve(COMMITTEE, 0, DAY), "expectedVersion");
        assertThatCode(() -> new CommitteeChange.Dissolve(COMMITTEE, 1, DAY)).doesNotThrowAnyException();
    }

    @Test
    void defining_an_area_needs_its_layout_a_name_and_at_least_one_town() {
        refusedNaming(() -> new DefineAreaCommand(null, null, null), "layout", "name", "towns");
        refusedNaming(() -> new DefineAreaCommand(AreaLayout.HUB, BilingualName.of("枢纽", null), Set.of()), "towns");
        assertThatCode(() -> new DefineAreaCommand(AreaLayout.CORE, BilingualName.of("核心区", null), Set.of(TOWN)))
                .doesNotThrowAnyException();
    }
}
