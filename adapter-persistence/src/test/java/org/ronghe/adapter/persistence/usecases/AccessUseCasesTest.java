package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.idempotency.port.IdempotencyKeyReusedException;
import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.storage.Storage;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.shared.InvalidValueException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tokens, stewardship, the audit trail and idempotency, through the use cases on the in-memory adapter. */
class AccessUseCasesTest {

    private static final Caller SYSTEM = Caller.system("test set-up");

    private final Storage storage = new MemoryStorage();
    private final Ronghe ronghe = Ronghe.on(storage);

    @AfterEach
    void close() {
        storage.close();
    }

    private OrganizationView register(Caller caller, String kind, String name, OrganizationView parent) {
        return ronghe.organizations().commands().register(caller, RegisterOrganizationCommand.parse(kind, name, null,
                parent == null ? null : parent.id().toString(), null));
    }

    private Caller callerFor(OrganizationView organization, Role role) {
        var issued = ronghe.access().commands().issue(SYSTEM, new IssueTokenCommand(organization.id(), role, "test"));
        var authenticated = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(authenticated.actor(), authenticated.token(), "req-" + UUID.randomUUID());
    }

    @Test
    void a_town_operator_manages_its_villages_but_not_its_neighbours() {
        var district = register(SYSTEM, "DISTRICT_PARTY_COMMITTEE", "区委", null);
        var nanxiang = register(SYSTEM, "TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        var malu = register(SYSTEM, "TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
        var nanxiangOperator = callerFor(nanxiang, Role.OPERATOR);

        var village = register(nanxiangOperator, "VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支", nanxiang);
        ronghe.organizations().commands().change(nanxiangOperator,
                new OrganizationChange.Rename(nanxiang.id(), 1, OrganizationName.of("中共南翔镇委员会")));
        ronghe.organizations().commands().change(nanxiangOperator, new OrganizationChange.Retire(village.id(), 1));

        assertThatThrownBy(() -> register(nanxiangOperator, "VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "某村", malu))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.organizations().commands().change(nanxiangOperator,
                new OrganizationChange.Rename(malu.id(), 1, OrganizationName.of("被改名")))).isInstanceOf(
                        AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.organizations().commands().change(nanxiangOperator,
                new OrganizationChange.Retire(nanxiang.id(), 2))).isInstanceOf(AccessDeniedException.class);
        assertThat(ronghe.organizations().queries().organization(malu.id()).name()).isEqualTo("马陆镇党委");
    }

    @Test
    void a_reader_changes_nothing_and_only_admins_manage_tokens() {
        var district = register(SYSTEM, "DISTRICT_PARTY_COMMITTEE", "区委", null);
        var reader = callerFor(district, Role.READER);
        var operator = callerFor(district, Role.OPERATOR);

        assertThatThrownBy(() -> register(reader, "TOWN_PARTY_COMMITTEE", "南翔镇党委", district))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.access().commands().issue(operator,
                new IssueTokenCommand(district.id(), Role.ADMIN, "escalation"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.audit().queries().entries(operator, AuditCriteria.all(), PageRequest.first()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_revoked_token_fails_on_the_next_authentication() {
        var district = register(SYSTEM, "DISTRICT_PARTY_COMMITTEE", "区委", null);
        var issued = ronghe.access().commands().issue(SYSTEM, new IssueTokenCommand(district.id(), Role.OPERATOR, "x"));
        assertThat(ronghe.access().queries().authenticate(issued.secret()).actor().role()).isEqualTo(Role.OPERATOR);

        ronghe.access().commands().change(SYSTEM, new AccessChange.Revoke(issued.token().id(), 1));

        assertThatThrownBy(() -> ronghe.access().queries().authenticate(issued.secret()))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(issued.secret()).startsWith("rh_").hasSizeGreaterThanOrEqualTo(3 + 43);
    }

    @Test
    void bootstrap_makes_one_admin_token_only_while_there_is_none() {
        String secret = "a-long-operator-chosen-bootstrap-secret";

        assertThat(ronghe.access().commands().bootstrap(secret)).isTrue();
        assertThat(ronghe.access().commands().bootstrap(secret + "-2")).isFalse();
        assertThat(ronghe.access().queries().authenticate(secret).actor().isAdmin()).isTrue();
        assertThatThrownBy(() -> ronghe.access().commands().bootstrap("short")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void each_successful_write_leaves_exactly_one_audit_entry_and_a_failed_one_none() {
        var district = register(SYSTEM, "DISTRICT_PARTY_COMMITTEE", "区委", null);
        var operator = callerFor(district, Role.OPERATOR);
        var town = register(operator, "TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        ronghe.organizations().commands().change(operator,
                new OrganizationChange.Rename(town.id(), 1, OrganizationName.of("中共南翔镇委员会", "Nanxiang")));
        assertThatThrownBy(() -> ronghe.organizations().commands().change(operator,
                new OrganizationChange.Rename(town.id(), 1, OrganizationName.of("旧版本")))).isNotNull();

        var entries = ronghe.audit().queries().entries(SYSTEM,
                new AuditCriteria("organization", town.id().toString(), null, null, null), PageRequest.first()).items();

        assertThat(entries).extracting(AuditEntry::eventType).containsExactly("OrganizationRegistered",
                "OrganizationRenamed");
        var renamed = entries.get(1);
        assertThat(renamed.actorOrganization()).isEqualTo(district.id().toString());
        assertThat(renamed.actorToken()).isEqualTo(operator.token().toString());
        assertThat(renamed.requestId()).isEqualTo(operator.requestId());
        assertThat(renamed.changes()).containsExactly(new FieldChange("name", "南翔镇党委", "中共南翔镇委员会"),
                new FieldChange("nameEn", null, "Nanxiang"));
    }

    @Test
    void an_idempotent_request_takes_effect_once_replays_its_response_and_refuses_another_payload() {
        var district = register(SYSTEM, "DISTRICT_PARTY_COMMITTEE", "区委", null);
        var operator = callerFor(district, Role.OPERATOR);
        var runs = new AtomicInteger();
        java.util.function.Supplier<StoredResponse> create = () -> {
            runs.incrementAndGet();
            var town = register(operator, "TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
            return new StoredResponse(201, town.id().toString(), Map.of("ETag", "\"1\""));
        };

        var first = ronghe.idempotency().execution().execute(operator, "key-1", "f".repeat(64), create);
        var replay = ronghe.idempotency().execution().execute(operator, "key-1", "f".repeat(64), create);

        assertThat(replay).isEqualTo(first);
        assertThat(runs).as("the replay ran, found the town's name taken by the first, and answered as it did")
                .hasValue(2);
        assertThat(ronghe.organizations().queries().organizations(
                new org.ronghe.domain.organization.OrganizationCriteria(null, district.id(), null),
                org.ronghe.application.shared.port.PageRequest.first()).totalItems()).as("one town").isEqualTo(1);
        assertThatThrownBy(() -> ronghe.idempotency().execution().execute(operator, "key-1", "e".repeat(64), create))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> ronghe.idempotency().execution().execute(operator, "bad key", "e".repeat(64), create))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_last_live_admin_token_is_refused_revocation_and_stays_usable() {
        String secret = "a-long-operator-chosen-bootstrap-secret";
        ronghe.access().commands().bootstrap(secret);
        var admin = ronghe.access().queries().authenticate(secret);
        var self = new Caller(admin.actor(), admin.token(), "req-self");

        assertThatThrownBy(() -> ronghe.access().commands().change(self, new AccessChange.Revoke(admin.token(), 1)))
                .isInstanceOf(org.ronghe.domain.access.LastAdminTokenException.class);
        assertThat(ronghe.access().queries().authenticate(secret).actor().isAdmin()).isTrue();
        assertThat(ronghe.access().queries().token(self, admin.token()).version()).isEqualTo(1);

        var district = register(SYSTEM, "DISTRICT_PARTY_COMMITTEE", "区委", null);
        var second = ronghe.access().commands().issue(self, new IssueTokenCommand(district.id(), Role.ADMIN, "区委组织部"));
        ronghe.access().commands().change(self, new AccessChange.Revoke(admin.token(), 1));

        assertThatThrownBy(() -> ronghe.access().queries().authenticate(secret))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(ronghe.access().queries().authenticate(second.secret()).actor().isAdmin()).isTrue();
    }

    @Test
    void a_recovery_admin_token_is_issued_whatever_tokens_exist_and_leaves_one_audit_entry() {
        ronghe.access().commands().bootstrap("a-long-operator-chosen-bootstrap-secret");
        int before = ronghe.audit().queries().entries(SYSTEM, AuditCriteria.all(), PageRequest.first()).items().size();

        var recovered = ronghe.access().commands().issueRecoveryAdminToken("ops@ronghe-1");

        assertThat(ronghe.access().queries().authenticate(recovered.secret()).actor().isAdmin()).isTrue();
        assertThat(recovered.token().organizationId()).isNull();
        var entries = ronghe.audit().queries().entries(SYSTEM, new AuditCriteria("token", recovered.token().id().toString(),
                null, null, null), PageRequest.first()).items();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("TokenIssued");
            assertThat(e.requestId()).isEqualTo("issue-admin-token run by ops@ronghe-1");
        });
        assertThat(ronghe.audit().queries().entries(SYSTEM, AuditCriteria.all(), PageRequest.first()).items())
                .hasSize(before + 1);
    }
}
