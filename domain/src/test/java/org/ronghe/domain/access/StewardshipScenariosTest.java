package org.ronghe.domain.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;

class StewardshipScenariosTest {

    private final OrganizationId district = id();
    private final OrganizationId nanxiang = id();
    private final OrganizationId beiguan = id();
    private final OrganizationId malu = id();
    private final List<OrganizationId> nanxiangLineage = List.of(district, nanxiang);
    private final List<OrganizationId> beiguanLineage = List.of(district, nanxiang, beiguan);
    private final List<OrganizationId> maluLineage = List.of(district, malu);

    private static OrganizationId id() {
        return new OrganizationId(UUID.randomUUID());
    }

    private final Actor nanxiangOperator = new Actor(nanxiang, Role.OPERATOR);

    @Test
    void a_town_operator_registers_under_its_town_but_not_under_another_town_or_at_the_top() {
        assertThatCode(() -> OrganizationStewardship.requireMayRegisterUnder(nanxiangOperator, nanxiangLineage))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OrganizationStewardship.requireMayRegisterUnder(nanxiangOperator, maluLineage))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OrganizationStewardship.requireMayRegisterUnder(nanxiangOperator, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_town_operator_renames_its_town_and_its_villages_only() {
        assertThatCode(() -> OrganizationStewardship.requireMayRename(nanxiangOperator, nanxiangLineage))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrganizationStewardship.requireMayRename(nanxiangOperator, beiguanLineage))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OrganizationStewardship.requireMayRename(nanxiangOperator, maluLineage))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_town_operator_retires_a_village_but_never_its_own_town() {
        assertThatCode(() -> OrganizationStewardship.requireMayRetire(nanxiangOperator, beiguanLineage))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OrganizationStewardship.requireMayRetire(nanxiangOperator, nanxiangLineage))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_town_operator_cannot_move_a_village_to_another_town() {
        assertThatThrownBy(() -> OrganizationStewardship.requireMayMove(nanxiangOperator, beiguanLineage, maluLineage))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_reader_changes_nothing_and_an_admin_everything() {
        var reader = new Actor(nanxiang, Role.READER);
        assertThatThrownBy(() -> OrganizationStewardship.requireMayRename(reader, nanxiangLineage))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> OrganizationStewardship.requireMayMove(new Actor(district, Role.ADMIN), beiguanLineage,
                maluLineage)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TokenStewardship.requireMayManageTokens(nanxiangOperator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_token_is_revoked_once_and_only_an_admin_token_may_be_unbound() {
        var token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), nanxiang, Role.OPERATOR, "运维", SecretHash.of("s"),
                Instant.EPOCH).token();
        token.revoke(Instant.EPOCH);

        assertThatThrownBy(() -> token.revoke(Instant.EPOCH)).isInstanceOf(TokenAlreadyRevokedException.class);
        assertThatThrownBy(() -> ApiToken.issue(new ApiTokenId(UUID.randomUUID()), null, Role.OPERATOR, null,
                SecretHash.of("s"), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ApiToken tokenOf(Role role) {
        var organization = role == Role.ADMIN ? null : new OrganizationId(UUID.randomUUID());
        return ApiToken.issue(new ApiTokenId(UUID.randomUUID()), organization, role, null, SecretHash.of("s"),
                Instant.EPOCH).token();
    }

    @Test
    void the_last_live_admin_token_is_never_revoked_so_someone_can_always_administer() {
        var lastAdmin = tokenOf(Role.ADMIN);

        assertThatThrownBy(() -> TokenStewardship.requireAnotherAdminRemains(lastAdmin, 1))
                .isInstanceOf(LastAdminTokenException.class).hasMessageContaining("last live ADMIN token");
        assertThatCode(() -> TokenStewardship.requireAnotherAdminRemains(lastAdmin, 2)).doesNotThrowAnyException();
    }

    @Test
    void operator_tokens_and_revoked_admin_tokens_do_not_count_for_the_last_admin_rule() {
        var operator = tokenOf(Role.OPERATOR);
        var revokedAdmin = tokenOf(Role.ADMIN);
        revokedAdmin.revoke(Instant.EPOCH);

        assertThatCode(() -> TokenStewardship.requireAnotherAdminRemains(operator, 1)).doesNotThrowAnyException();
        assertThatCode(() -> TokenStewardship.requireAnotherAdminRemains(revokedAdmin, 1)).doesNotThrowAnyException();
    }
}
