package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.UUID;

import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API tokens through the use cases, on the in-memory adapter: only ADMINs issue, read, list and revoke
 * them; each issue and revocation leaves one audit entry; a secret is shown once and authenticates
 * until revoked; the first ADMIN token comes from an operator-chosen secret of at least 32 characters.
 */
class ApiTokenUseCasesTest {

    private static final Caller ADMIN = OnMemory.ADMIN;
    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");

    private final OnMemory memory = new OnMemory();
    private OrganizationView district;
    private OrganizationView town;

    @BeforeEach
    void districtAndTown() {
        district = memory.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        town = memory.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
    }

    @AfterEach
    void close() {
        memory.close();
    }

    private IssuedToken issue(OrganizationView organization, Role role, String label) {
        return memory.ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), role, label));
    }

    private static String reasonOf(ThrowingCallable authentication) {
        var failure = catchThrowable(authentication);
        assertThat(failure).as("authentication fails").isInstanceOf(AuthenticationFailedException.class);
        return ((AuthenticationFailedException) failure).reason();
    }

    @Test
    void issuing_a_token_needs_an_organization_and_a_role_both_named_when_missing() {
        assertThatThrownBy(() -> new IssueTokenCommand(null, null, "区委组织部"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("organizationId", "role"));
        assertThatThrownBy(() -> new IssueTokenCommand(town.id(), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("role"));
    }

    @Test
    void an_issued_token_shows_its_secret_once_and_never_in_its_text() {
        var issued = issue(town, Role.OPERATOR, "南翔镇组织办");

        assertThat(issued.toString()).doesNotContain(issued.secret()).contains("secret=…")
                .contains(issued.token().id().toString());
        assertThat(issued.token().active()).isTrue();
        assertThat(issued.token().organizationId()).isEqualTo(town.id());
        assertThat(issued.token().role()).isEqualTo(Role.OPERATOR);
        assertThat(issued.token().label()).isEqualTo("南翔镇组织办");
        assertThat(issued.token().issuedAt()).isEqualTo(NOW);
        assertThat(issued.token().version()).isEqualTo(1);
    }

    @Test
    void a_revoked_token_reads_back_inactive_with_the_time_of_its_revocation() {
        var issued = issue(town, Role.READER, null);

        var revoked = memory.ronghe.access().commands().change(ADMIN, new AccessChange.Revoke(issued.token().id(), 1));

        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revokedAt()).isEqualTo(NOW);
        assertThat(revoked.version()).isEqualTo(2);
        assertThat(memory.ronghe.access().queries().token(ADMIN, issued.token().id())).isEqualTo(revoked);
    }

    @Test
    void issuing_and_revoking_each_leave_one_audit_entry_saying_what_changed() {
        var issued = issue(town, Role.OPERATOR, "南翔镇组织办");
        memory.ronghe.access().commands().change(ADMIN, new AccessChange.Revoke(issued.token().id(), 1));

        var entries = memory.auditOf(issued.token().id().toString());

        assertThat(entries).extracting(AuditEntry::eventType).containsExactlyInAnyOrder("TokenIssued", "TokenRevoked");
        assertThat(entries).filteredOn(e -> e.eventType().equals("TokenIssued")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(
                        new FieldChange("organizationId", null, town.id().toString()),
                        new FieldChange("role", null, "OPERATOR"), new FieldChange("label", null, "南翔镇组织办")));
        assertThat(entries).filteredOn(e -> e.eventType().equals("TokenRevoked")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(new FieldChange("status", "ACTIVE", "REVOKED")));
    }

    @Test
    void only_an_admin_revokes_reads_or_lists_tokens_and_a_refused_revocation_leaves_the_token_working() {
        var issued = issue(town, Role.READER, null);
        var operator = memory.operatorOf(district);

        assertThatThrownBy(() -> memory.ronghe.access().commands().change(operator,
                new AccessChange.Revoke(issued.token().id(), 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memory.ronghe.access().queries().token(operator, issued.token().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memory.ronghe.access().queries().tokens(operator, town.id(), PageRequest.first()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(memory.ronghe.access().queries().token(ADMIN, issued.token().id()).active()).isTrue();
        assertThat(memory.ronghe.access().queries().authenticate(issued.secret()).token()).isEqualTo(issued.token().id());
    }

    @Test
    void an_admin_lists_the_tokens_of_one_organization() {
        var first = issue(town, Role.OPERATOR, "一");
        var second = issue(town, Role.READER, "二");
        issue(district, Role.READER, "区");

        var listed = memory.ronghe.access().queries().tokens(ADMIN, town.id(), PageRequest.first());

        assertThat(listed.totalItems()).isEqualTo(2);
        assertThat(listed.items()).extracting(TokenView::id).containsExactlyInAnyOrder(first.token().id(),
                second.token().id());
        assertThat(memory.ronghe.access().queries().tokens(ADMIN, null, PageRequest.first()).totalItems()).isEqualTo(3);
    }

    @Test
    void an_unknown_token_is_neither_read_nor_revoked() {
        var unknown = new ApiTokenId(UUID.randomUUID());

        assertThatThrownBy(() -> memory.ronghe.access().queries().token(ADMIN, unknown))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> memory.ronghe.access().commands().change(ADMIN, new AccessChange.Revoke(unknown, 1)))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void a_token_for_an_unknown_organization_is_not_issued() {
        int entries = memory.auditEntries();

        assertThatThrownBy(() -> memory.ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(
                new OrganizationId(UUID.randomUUID()), Role.READER, null)))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("organizationId"));
        assertThat(memory.auditEntries()).isEqualTo(entries);
    }

    @Test
    void a_revocation_based_on_an_old_version_is_refused_and_the_token_still_authenticates() {
        var issued = issue(town, Role.READER, null);

        assertThatThrownBy(() -> memory.ronghe.access().commands().change(ADMIN,
                new AccessChange.Revoke(issued.token().id(), 2))).isInstanceOf(StaleVersionException.class);
        assertThat(memory.ronghe.access().queries().authenticate(issued.secret()).actor().role()).isEqualTo(Role.READER);
    }

    @Test
    void authentication_refuses_a_missing_blank_overlong_or_unknown_secret_each_for_its_reason() {
        var authenticate = memory.ronghe.access().queries();

        assertThat(reasonOf(() -> authenticate.authenticate(null))).isEqualTo("no bearer token");
        assertThat(reasonOf(() -> authenticate.authenticate(" \t"))).isEqualTo("no bearer token");
        assertThat(reasonOf(() -> authenticate.authenticate("x".repeat(513)))).isEqualTo("bearer token too long");
        assertThat(reasonOf(() -> authenticate.authenticate("x".repeat(512)))).isEqualTo("unknown token");
        assertThat(reasonOf(() -> authenticate.authenticate("rh_" + UUID.randomUUID()))).isEqualTo("unknown token");
    }

    @Test
    void a_revoked_secret_fails_for_being_revoked() {
        var issued = issue(town, Role.READER, null);
        memory.ronghe.access().commands().change(ADMIN, new AccessChange.Revoke(issued.token().id(), 1));

        assertThat(reasonOf(() -> memory.ronghe.access().queries().authenticate(issued.secret())))
                .isEqualTo("revoked token " + issued.token().id());
    }

    @Test
    void a_bootstrap_secret_of_exactly_32_characters_is_long_enough_and_white_space_around_it_does_not_count() {
        String thirtyOne = "0123456789abcdefghijklmnopqrstu";

        assertThatThrownBy(() -> memory.ronghe.access().commands().bootstrap("  " + thirtyOne + "  "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("RONGHE_BOOTSTRAP_TOKEN"));
        assertThatThrownBy(() -> memory.ronghe.access().commands().bootstrap(null)).isInstanceOf(InvalidValueException.class);

        assertThat(memory.ronghe.access().commands().bootstrap(" " + thirtyOne + "v ")).isTrue();
        assertThat(memory.ronghe.access().queries().authenticate(thirtyOne + "v").actor().isAdmin()).isTrue();
    }

    @Test
    void the_bootstrap_leaves_one_audit_entry_made_by_the_system() {
        int entries = memory.auditEntries();

        memory.ronghe.access().commands().bootstrap("a-long-operator-chosen-bootstrap-secret");

        assertThat(memory.auditEntries()).isEqualTo(entries + 1);
        var token = memory.ronghe.access().queries().tokens(ADMIN, null, PageRequest.first()).items().get(0);
        assertThat(memory.auditOf(token.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.eventType()).isEqualTo("TokenIssued");
            assertThat(entry.actor()).isEqualTo("system:bootstrap");
            assertThat(entry.changes()).contains(new FieldChange("role", null, "ADMIN"),
                    new FieldChange("label", null, "bootstrap administrator"));
        });
    }
}
