package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;

import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.LastAdminTokenException;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SessionRefusedException;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the console and out of it, through the use cases on the in-memory adapter: a session acts as
 * the token it was opened with, ends by signing out or by its expiry, and leaves one audit entry each way.
 */
class ConsoleSessionUseCasesTest {

    private static final Duration WORKING_DAY = Duration.ofHours(8);

    private final OnMemory memory = new OnMemory();
    private OrganizationView town;
    private IssuedToken townOperators;

    @BeforeEach
    void townWithItsOperatorsToken() {
        var district = memory.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        town = memory.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        townOperators = memory.ronghe.access().commands().issue(OnMemory.ADMIN,
                new IssueTokenCommand(town.id(), Role.OPERATOR, "南翔镇党建办"));
    }

    @AfterEach
    void close() {
        memory.close();
    }

    private IssuedToken signIn(String secret) {
        return memory.ronghe.access().commands().openSession(secret, WORKING_DAY, "sign-in");
    }

    private Caller holderOf(IssuedToken session) {
        var authenticated = memory.ronghe.access().queries().authenticate(session.secret());
        return new Caller(authenticated.actor(), authenticated.token(), "console");
    }

    private String reasonWhy(String secret) {
        var failure = catchThrowable(() -> memory.ronghe.access().queries().authenticate(secret));
        assertThat(failure).isInstanceOf(AuthenticationFailedException.class);
        return ((AuthenticationFailedException) failure).reason();
    }

    @Test
    void a_town_operator_signs_in_with_the_towns_token_and_acts_as_the_towns_operator_until_the_day_ends() {
        var session = signIn(townOperators.secret());

        assertThat(session.token().session()).isTrue();
        assertThat(townOperators.token().session()).as("the API token it was opened with is none").isFalse();
        assertThat(session.token().organizationId()).isEqualTo(town.id());
        assertThat(session.token().role()).isEqualTo(Role.OPERATOR);
        assertThat(session.token().expiresAt()).isEqualTo(memory.now().plus(WORKING_DAY));
        assertThat(session.secret()).isNotEqualTo(townOperators.secret());
        var authenticated = memory.ronghe.access().queries().authenticate(session.secret());
        assertThat(authenticated.token()).isEqualTo(session.token().id());
        assertThat(authenticated.actor().organization()).isEqualTo(town.id());

        memory.advance(WORKING_DAY.minusSeconds(1));
        assertThat(memory.ronghe.access().queries().authenticate(session.secret()).token())
                .isEqualTo(session.token().id());
        memory.advance(Duration.ofSeconds(1));
        assertThat(reasonWhy(session.secret())).startsWith("expired session");
        assertThat(memory.ronghe.access().queries().authenticate(townOperators.secret()).token())
                .as("the API token it was opened with goes on working").isEqualTo(townOperators.token().id());
    }

    @Test
    void signing_out_ends_the_session_at_once_and_each_way_leaves_one_audit_entry_made_as_its_holder() {
        var session = signIn(townOperators.secret());

        var ended = memory.ronghe.access().commands().change(holderOf(session),
                new AccessChange.EndSession(session.token().id(), session.token().version()));

        assertThat(ended.revokedAt()).isEqualTo(memory.now());
        assertThat(reasonWhy(session.secret())).startsWith("revoked token");
        var entries = memory.auditOf(session.token().id().toString());
        assertThat(entries).extracting(AuditEntry::eventType).containsExactlyInAnyOrder("SessionOpened", "SessionEnded");
        assertThat(entries).allSatisfy(e -> assertThat(e.actorOrganization()).isEqualTo(town.id().toString()));
        assertThat(entries).filteredOn(e -> e.eventType().equals("SessionOpened")).singleElement()
                .satisfies(e -> assertThat(e.changes()).contains(
                        new FieldChange("signedInWith", null, townOperators.token().id().toString()),
                        new FieldChange("role", null, "OPERATOR")));
        assertThat(entries).filteredOn(e -> e.eventType().equals("SessionEnded")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(new FieldChange("status", "ACTIVE", "SIGNED_OUT")));
    }

    @Test
    void nobody_signs_out_of_another_persons_session_and_an_api_token_is_not_signed_out_of() {
        var session = signIn(townOperators.secret());
        var another = signIn(townOperators.secret());

        assertThatThrownBy(() -> memory.ronghe.access().commands().change(holderOf(another),
                new AccessChange.EndSession(session.token().id(), session.token().version())))
                .isInstanceOf(AccessDeniedException.class);
        var tokenHolder = new Caller(memory.ronghe.access().queries().authenticate(townOperators.secret()).actor(),
                townOperators.token().id(), "api");
        assertThatThrownBy(() -> memory.ronghe.access().commands().change(tokenHolder,
                new AccessChange.EndSession(townOperators.token().id(), townOperators.token().version())))
                .isInstanceOf(SessionRefusedException.class);
        assertThat(memory.ronghe.access().queries().authenticate(session.secret()).token())
                .isEqualTo(session.token().id());
    }

    @Test
    void a_session_is_not_opened_with_a_revoked_unknown_or_session_secret_and_nothing_is_written() {
        var session = signIn(townOperators.secret());
        int entriesBefore = memory.auditEntries();

        assertThatThrownBy(() -> signIn(session.secret())).isInstanceOf(SessionRefusedException.class);
        assertThatThrownBy(() -> signIn("rh_nobody-has-this")).isInstanceOf(AuthenticationFailedException.class);
        memory.ronghe.access().commands().change(OnMemory.ADMIN, new AccessChange.Revoke(townOperators.token().id(), 1));
        assertThatThrownBy(() -> signIn(townOperators.secret())).isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> memory.ronghe.access().commands().openSession(null, WORKING_DAY, "sign-in"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(memory.auditEntries()).isEqualTo(entriesBefore + 1); // the revocation only
    }

    @Test
    void an_admins_session_does_not_count_as_the_admin_token_that_must_remain() {
        var admins = memory.ronghe.access().commands().issue(OnMemory.ADMIN,
                new IssueTokenCommand(town.id(), Role.ADMIN, "区委组织部"));
        var session = signIn(admins.secret());
        var bootstrap = memory.ronghe.access().queries().tokens(OnMemory.ADMIN, null,
                new org.ronghe.application.shared.port.PageRequest(1, 50)).items().stream()
                .filter(t -> t.role() == Role.ADMIN && !t.session() && !t.id().equals(admins.token().id())).toList();
        for (var other : bootstrap) {
            memory.ronghe.access().commands().change(OnMemory.ADMIN, new AccessChange.Revoke(other.id(), other.version()));
        }

        assertThatThrownBy(() -> memory.ronghe.access().commands().change(OnMemory.ADMIN,
                new AccessChange.Revoke(admins.token().id(), admins.token().version())))
                .isInstanceOf(LastAdminTokenException.class);
        memory.ronghe.access().commands().change(OnMemory.ADMIN,
                new AccessChange.Revoke(session.token().id(), session.token().version()));
        assertThat(reasonWhy(session.secret())).startsWith("revoked token");
    }
}
