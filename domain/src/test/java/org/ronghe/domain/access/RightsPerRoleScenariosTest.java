package org.ronghe.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainProject;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.Signatory;
import org.ronghe.domain.shared.BilingualName;

@DisplayName("Who may change what: the ADMIN, an OPERATOR of the right or of another organization, a READER")
class RightsPerRoleScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);
    private final OrganizationId district = id();
    private final OrganizationId town = id();
    private final OrganizationId transport = id();
    private final OrganizationId school = id();
    private final OrganizationId outsider = id();
    private final Actor admin = Actor.system();

    private static OrganizationId id() {
        return new OrganizationId(UUID.randomUUID());
    }

    private static Actor operatorOf(OrganizationId organization) {
        return new Actor(organization, Role.OPERATOR);
    }

    private static Actor readerOf(OrganizationId organization) {
        return new Actor(organization, Role.READER);
    }

    @Nested
    @DisplayName("Fusion committees: the ADMIN governs, the LEAD's operators manage members and rules")
    class Committees {

        /** The Ximen area committee: the town leads, the transport commission cooperates. */
        private final FusionCommittee ximen = FusionCommittee.restore(new FusionCommittee.State(
                new CommitteeId(UUID.randomUUID()),
                CommitteeTier.AREA, BilingualName.of("西门片区融委会", null), null, new AreaId(UUID.randomUUID()),
                new CommitteeId(UUID.randomUUID()), DAY, null, null, null,
                List.of(new Membership(town, MembershipRole.LEAD, DAY, null),
                        new Membership(transport, MembershipRole.COOPERATING, DAY, null)), List.of(), 1));

        @Test
        void only_the_admin_plans_establishes_chairs_and_dissolves_not_even_the_leads_operator() {
            assertThatCode(() -> CommitteeStewardship.requireMayGovern(admin)).doesNotThrowAnyException();
            assertThatThrownBy(() -> CommitteeStewardship.requireMayGovern(operatorOf(town)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only an ADMIN plans");
        }

        @Test
        void the_admin_manages_every_membership_the_lead_one_included() {
            assertThatCode(() -> CommitteeStewardship.requireMayManageMember(admin, ximen, MembershipRole.LEAD))
                    .doesNotThrowAnyException();
        }

        @Test
        void the_leads_operator_admits_cooperating_and_participating_members_but_never_decides_who_leads() {
            var townOperator = operatorOf(town);

            assertThatCode(() -> CommitteeStewardship.requireMayManageMember(townOperator, ximen,
                    MembershipRole.COOPERATING)).doesNotThrowAnyException();
            assertThatCode(() -> CommitteeStewardship.requireMayManageMember(townOperator, ximen,
                    MembershipRole.PARTICIPATING)).doesNotThrowAnyException();
            assertThatThrownBy(() -> CommitteeStewardship.requireMayManageMember(townOperator, ximen, MembershipRole.LEAD))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("who leads");
        }

        @Test
        void an_operator_of_a_cooperating_member_or_a_reader_of_the_lead_manages_no_member() {
            assertThatThrownBy(() -> CommitteeStewardship.requireMayManageMember(operatorOf(transport), ximen,
                    MembershipRole.PARTICIPATING)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("LEAD organization");
            assertThatThrownBy(() -> CommitteeStewardship.requireMayManageMember(readerOf(town), ximen,
                    MembershipRole.PARTICIPATING)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void a_committee_without_a_lead_has_no_operator_to_manage_it_only_the_admin() {
            var leaderless = FusionCommittee.restore(new FusionCommittee.State(new CommitteeId(UUID.randomUUID()),
                    CommitteeTier.DISTRICT_PROMOTION,
                    BilingualName.of("推进委员会", null), null, null, null, DAY, null, null, null,
                    List.of(new Membership(transport, MembershipRole.COOPERATING, DAY, null)), List.of(), 1));

            assertThatThrownBy(() -> CommitteeStewardship.requireMayManageMember(operatorOf(transport), leaderless,
                    MembershipRole.PARTICIPATING)).isInstanceOf(AccessDeniedException.class);
            assertThatCode(() -> CommitteeStewardship.requireMayAdoptRules(admin, leaderless)).doesNotThrowAnyException();
        }

        @Test
        void the_admin_and_the_leads_operator_adopt_rules_no_one_else() {
            assertThatCode(() -> CommitteeStewardship.requireMayAdoptRules(admin, ximen)).doesNotThrowAnyException();
            assertThatCode(() -> CommitteeStewardship.requireMayAdoptRules(operatorOf(town), ximen))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> CommitteeStewardship.requireMayAdoptRules(operatorOf(transport), ximen))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> CommitteeStewardship.requireMayAdoptRules(readerOf(town), ximen))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @DisplayName("Domain projects: the ADMIN for the principal, the flag-bearer carries out, co-organizations comment")
    class Projects {

        /** The road project: the transport commission carries the flag, the town co-organizes. */
        private final DomainProject road = DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode("road"),
                BilingualName.of("路域党建", "Road domain"),
                new DomainProject.Parties(new Signatory(district, OrganizationKind.DISTRICT_PARTY_COMMITTEE),
                        new Signatory(transport, OrganizationKind.DEPARTMENT_PARTY_BODY)),
                List.of(new CoOrganization(town, "沿线街镇联动")),
                new Mechanism("区交通委党组书记", "路域党建办公室主任", List.of("汇龙潭示范路段党建联盟")), Set.of(), Set.of(),
                List.of(new Commitment(1, "建成汇龙潭示范路域党建共同体", LocalDate.of(2022, 12, 31))), NOW).project();

        @Test
        void only_the_admin_acts_for_the_principal_not_the_flag_bearers_operator() {
            assertThatCode(() -> ProjectStewardship.requireMayActForPrincipal(admin)).doesNotThrowAnyException();
            assertThatThrownBy(() -> ProjectStewardship.requireMayActForPrincipal(operatorOf(transport)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("principal");
        }

        @Test
        void the_flag_bearers_operator_and_the_admin_carry_out_the_project() {
            assertThatCode(() -> ProjectStewardship.requireMayCarryOut(operatorOf(transport), road))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ProjectStewardship.requireMayCarryOut(admin, road)).doesNotThrowAnyException();
        }

        @Test
        void a_co_organization_an_outsider_or_the_flag_bearers_reader_does_not_carry_it_out() {
            for (Actor actor : List.of(operatorOf(town), operatorOf(outsider), readerOf(transport))) {
                assertThatThrownBy(() -> ProjectStewardship.requireMayCarryOut(actor, road)).as("%s", actor)
                        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("flag-bearer's operators");
            }
        }

        @Test
        void the_flag_bearer_the_co_organizations_and_the_admin_comment() {
            assertThatCode(() -> ProjectStewardship.requireMayComment(operatorOf(transport), road))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ProjectStewardship.requireMayComment(operatorOf(town), road)).doesNotThrowAnyException();
            assertThatCode(() -> ProjectStewardship.requireMayComment(admin, road)).doesNotThrowAnyException();
        }

        @Test
        void an_outsider_or_a_co_organizations_reader_does_not_comment() {
            assertThatThrownBy(() -> ProjectStewardship.requireMayComment(operatorOf(outsider), road))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ProjectStewardship.requireMayComment(readerOf(town), road))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ProjectStewardship.requireMayComment(readerOf(transport), road))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @DisplayName("Co-work: recorded and withdrawn by those who took part")
    class CoWork {

        private final CoWorkActivity research = CoWorkActivity.record(new ActivityId(UUID.randomUUID()),
                CoWorkForm.RESEARCH_DONE_TOGETHER, "片区停车调研", null, Set.of(town, school), DAY, null, NOW).activity();

        @Test
        void an_operator_of_an_organization_that_took_part_records_and_withdraws_it() {
            assertThatCode(() -> ActivityStewardship.requireMayRecord(operatorOf(school), Set.of(town, school)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ActivityStewardship.requireMayWithdraw(operatorOf(town), research))
                    .doesNotThrowAnyException();
        }

        @Test
        void the_admin_records_and_withdraws_for_anyone() {
            assertThatCode(() -> ActivityStewardship.requireMayRecord(admin, Set.of(town, school)))
                    .doesNotThrowAnyException();
            assertThatCode(() -> ActivityStewardship.requireMayWithdraw(admin, research)).doesNotThrowAnyException();
        }

        @Test
        void an_operator_of_an_organization_that_did_not_take_part_neither_records_nor_withdraws() {
            assertThatThrownBy(() -> ActivityStewardship.requireMayRecord(operatorOf(outsider), Set.of(town, school)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("took part");
            assertThatThrownBy(() -> ActivityStewardship.requireMayWithdraw(operatorOf(outsider), research))
                    .isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void a_reader_of_an_organization_that_took_part_neither_records_nor_withdraws() {
            assertThatThrownBy(() -> ActivityStewardship.requireMayRecord(readerOf(town), Set.of(town, school)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ActivityStewardship.requireMayWithdraw(readerOf(school), research))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Nested
    @DisplayName("Organizations: a reader changes none, an operator those under its own")
    class Organizations {

        private final OrganizationId village = id();
        private final OrganizationId otherVillage = id();
        private final List<OrganizationId> townLineage = List.of(district, town);
        private final List<OrganizationId> villageLineage = List.of(district, town, village);
        private final List<OrganizationId> otherVillageLineage = List.of(district, town, otherVillage);

        @Test
        void a_reader_of_the_town_registers_moves_and_retires_nothing_even_under_its_own_town() {
            var reader = readerOf(town);

            assertThatThrownBy(() -> OrganizationStewardship.requireMayRegisterUnder(reader, townLineage))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("a READER may not register organizations");
            assertThatThrownBy(() -> OrganizationStewardship.requireMayMove(reader, villageLineage, townLineage))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("a READER may not move organizations");
            assertThatThrownBy(() -> OrganizationStewardship.requireMayRetire(reader, villageLineage))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("a READER may not retire organizations");
        }

        @Test
        void a_town_operator_moves_a_village_to_another_place_under_its_own_town() {
            assertThatCode(() -> OrganizationStewardship.requireMayMove(operatorOf(town), villageLineage,
                    otherVillageLineage)).doesNotThrowAnyException();
        }

        @Test
        void a_town_operator_does_not_move_its_own_town() {
            assertThatThrownBy(() -> OrganizationStewardship.requireMayMove(operatorOf(town), townLineage,
                    villageLineage)).isInstanceOf(AccessDeniedException.class);
        }

        @Test
        void the_admin_registers_renames_and_retires_anywhere() {
            assertThatCode(() -> OrganizationStewardship.requireMayRegisterUnder(admin, List.of()))
                    .doesNotThrowAnyException();
            assertThatCode(() -> OrganizationStewardship.requireMayRename(admin, townLineage)).doesNotThrowAnyException();
            assertThatCode(() -> OrganizationStewardship.requireMayRetire(admin, townLineage)).doesNotThrowAnyException();
        }
    }

    @Nested
    @DisplayName("Tokens and the audit trail: the ADMIN's alone")
    class TokensAndAuditTrail {

        @Test
        void the_admin_manages_tokens_and_reads_the_audit_trail() {
            assertThatCode(() -> TokenStewardship.requireMayManageTokens(admin)).doesNotThrowAnyException();
            assertThatCode(() -> TokenStewardship.requireMayReadAuditTrail(new Actor(district, Role.ADMIN)))
                    .doesNotThrowAnyException();
        }

        @Test
        void an_operator_or_a_reader_does_not_read_the_audit_trail() {
            for (Actor actor : List.of(operatorOf(district), readerOf(district))) {
                assertThatThrownBy(() -> TokenStewardship.requireMayReadAuditTrail(actor)).as("%s", actor)
                        .isInstanceOfSatisfying(AccessDeniedException.class,
                                e -> assertThat(e.code()).isEqualTo("forbidden"))
                        .hasMessageContaining("audit trail");
            }
        }
    }
}
