package org.ronghe.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("API tokens: issued to an organization's operators or readers, kept as a hash, revoked once")
class ApiTokenScenariosTest {

    private static final Instant ISSUED = Instant.parse("2023-04-04T02:00:00Z");
    private static final Instant REVOKED = ISSUED.plusSeconds(86_400);
    /** SHA-256 of "abc". */
    private static final String ABC_HASH = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private final ApiTokenId id = new ApiTokenId(UUID.randomUUID());
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final SecretHash hash = SecretHash.of("abc");

    private ApiToken.Issue issueToTownOperators(String label) {
        return ApiToken.issue(id, town, Role.OPERATOR, label, hash, ISSUED);
    }

    private static FieldViolation onlyViolationOf(Throwable e) {
        assertThat(e).isInstanceOf(InvalidValueException.class);
        assertThat(((InvalidValueException) e).violations()).hasSize(1);
        return ((InvalidValueException) e).violations().get(0);
    }

    @Nested
    @DisplayName("Issuing, revoking, storing")
    class Lifecycle {

        @Test
        void a_token_issued_to_a_towns_operators_is_live_and_acts_for_the_town_as_operator() {
            var issue = issueToTownOperators(" 南翔镇运维 ");
            var token = issue.token();

            assertThat(issue.event()).isEqualTo(new TokenIssued(id, town, Role.OPERATOR, "南翔镇运维", ISSUED));
            assertThat(token.getId()).isEqualTo(id);
            assertThat(token.organization()).isEqualTo(town);
            assertThat(token.role()).isEqualTo(Role.OPERATOR);
            assertThat(token.label()).isEqualTo("南翔镇运维");
            assertThat(token.secretHash()).isEqualTo(new SecretHash(ABC_HASH));
            assertThat(token.issuedAt()).isEqualTo(ISSUED);
            assertThat(token.revokedAt()).isNull();
            assertThat(token.isActive()).isTrue();
            assertThat(token.version()).isZero();
            assertThat(token.actor()).isEqualTo(new Actor(town, Role.OPERATOR));
        }

        @Test
        void an_unbound_admin_token_acts_as_the_system_does() {
            var token = ApiToken.issue(id, null, Role.ADMIN, null, hash, ISSUED).token();

            assertThat(token.actor()).isEqualTo(Actor.system());
            assertThat(token.label()).isNull();
        }

        @Test
        void a_label_holds_at_most_two_hundred_characters() {
            assertThat(issueToTownOperators("标".repeat(ApiToken.MAX_LABEL_LENGTH)).token().label())
                    .hasSize(ApiToken.MAX_LABEL_LENGTH);
            assertThatThrownBy(() -> issueToTownOperators("标".repeat(ApiToken.MAX_LABEL_LENGTH + 1)))
                    .satisfies(e -> assertThat(onlyViolationOf(e).field()).isEqualTo("label"));
        }

        @Test
        void a_revoked_token_records_when_and_is_no_longer_live() {
            var token = issueToTownOperators("运维").token();

            assertThat(token.revoke(REVOKED)).isEqualTo(new TokenRevoked(id, REVOKED));
            assertThat(token.isActive()).isFalse();
            assertThat(token.revokedAt()).isEqualTo(REVOKED);
        }

        @Test
        void a_token_is_revoked_once_and_keeps_the_time_it_was_first_revoked() {
            var token = issueToTownOperators("运维").token();
            token.revoke(REVOKED);

            assertThatThrownBy(() -> token.revoke(REVOKED.plusSeconds(60)))
                    .isInstanceOfSatisfying(TokenAlreadyRevokedException.class,
                            e -> assertThat(e.code()).isEqualTo("token-revoked"))
                    .hasMessage("token " + id + " is revoked already");
            assertThat(token.revokedAt()).isEqualTo(REVOKED);
        }

        @Test
        void a_restored_token_is_what_was_stored_revoked_or_not() {
            var token = ApiToken.restore(new ApiToken.State(id, town, Role.READER, "只读", hash, ISSUED, REVOKED, null, 7));

            assertThat(token.getId()).isEqualTo(id);
            assertThat(token.organization()).isEqualTo(town);
            assertThat(token.role()).isEqualTo(Role.READER);
            assertThat(token.label()).isEqualTo("只读");
            assertThat(token.secretHash()).isEqualTo(hash);
            assertThat(token.issuedAt()).isEqualTo(ISSUED);
            assertThat(token.revokedAt()).isEqualTo(REVOKED);
            assertThat(token.isActive()).isFalse();
            assertThat(token.version()).isEqualTo(7);
            assertThat(token.actor()).isEqualTo(new Actor(town, Role.READER));
        }

        @Test
        void a_revoked_token_stored_and_restored_again_is_the_token_that_was_stored() {
            var token = issueToTownOperators("运维").token();
            token.revoke(REVOKED);
            token.markStored(1);

            var restored = ApiToken.restore(token.state());

            assertThat(restored.state())
                    .isEqualTo(new ApiToken.State(id, town, Role.OPERATOR, "运维", hash, ISSUED, REVOKED, null, 1));
            assertThat(restored.isActive()).isFalse();
        }

        @Test
        void the_stored_version_only_grows() {
            var token = issueToTownOperators("运维").token();

            assertThatThrownBy(() -> token.markStored(0)).isInstanceOf(IllegalArgumentException.class);
            token.markStored(1);
            assertThat(token.version()).isEqualTo(1);
            assertThatThrownBy(() -> token.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(token.version()).isEqualTo(1);
        }

        @Test
        void revoking_the_last_live_admin_token_is_a_last_admin_token_problem() {
            var lastAdmin = ApiToken.issue(id, null, Role.ADMIN, null, hash, ISSUED).token();

            assertThatThrownBy(() -> TokenStewardship.requireAnotherAdminRemains(lastAdmin, 1))
                    .isInstanceOfSatisfying(LastAdminTokenException.class,
                            e -> assertThat(e.code()).isEqualTo("last-admin-token"))
                    .hasMessageContaining(id.toString());
        }
    }

    @Nested
    @DisplayName("The secret's hash")
    class Hashes {

        @Test
        void the_hash_of_a_secret_is_its_sha_256_in_lower_case_hex() {
            assertThat(SecretHash.of("abc").hex()).isEqualTo(ABC_HASH);
        }

        @Test
        void a_hash_shows_only_its_first_eight_digits() {
            assertThat(SecretHash.of("abc")).hasToString("SecretHash[ba7816bf…]");
        }

        @Test
        void a_stored_hash_is_sixty_four_lower_case_hex_digits_every_digit_from_0_to_9_and_a_to_f_included() {
            var everyDigit = "0123456789abcdef".repeat(4);

            assertThat(new SecretHash(everyDigit).hex()).isEqualTo(everyDigit);
        }

        @Test
        void a_hash_of_another_length_is_refused() {
            assertThatThrownBy(() -> new SecretHash(ABC_HASH.substring(1))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SecretHash(ABC_HASH + "0")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SecretHash("")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_hash_with_a_character_just_outside_the_hex_digits_or_in_upper_case_is_refused() {
            for (char c : new char[] {'/', ':', '`', 'g', 'A', 'F'}) {
                var hex = c + ABC_HASH.substring(1);
                assertThatThrownBy(() -> new SecretHash(hex)).as("%s", c).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("a secret hash is 64 lower-case hex digits");
            }
            var lastWrong = ABC_HASH.substring(0, 63) + "G";
            assertThatThrownBy(() -> new SecretHash(lastWrong)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("Reading token ids and roles from a request")
    class Parsing {

        @Test
        void a_token_id_is_read_from_its_uuid_around_which_spaces_do_not_count() {
            var uuid = UUID.randomUUID();

            assertThat(ApiTokenId.parse("tokenId", " " + uuid + " ")).isEqualTo(new ApiTokenId(uuid));
            assertThat(new ApiTokenId(uuid)).hasToString(uuid.toString());
        }

        @Test
        void anything_but_a_uuid_is_refused_as_a_token_id_naming_the_field() {
            for (String text : new String[] {null, "", "token-1"}) {
                assertThatThrownBy(() -> ApiTokenId.parse("tokenId", text)).as("%s", text)
                        .satisfies(e -> assertThat(onlyViolationOf(e))
                                .isEqualTo(new FieldViolation("tokenId", "is not a valid token id")));
            }
        }

        @Test
        void a_role_is_read_by_its_name_in_any_case() {
            assertThat(Role.parse("role", "ADMIN")).isEqualTo(Role.ADMIN);
            assertThat(Role.parse("role", " operator ")).isEqualTo(Role.OPERATOR);
            assertThat(Role.parse("role", "Reader")).isEqualTo(Role.READER);
        }

        @Test
        void a_missing_or_unknown_role_is_refused_naming_the_three_there_are() {
            for (String text : new String[] {null, "", "SUPERUSER"}) {
                assertThatThrownBy(() -> Role.parse("role", text)).as("%s", text)
                        .satisfies(e -> assertThat(onlyViolationOf(e))
                                .isEqualTo(new FieldViolation("role", "must be ADMIN, OPERATOR or READER")));
            }
        }
    }

    @Nested
    @DisplayName("Console sessions: opened by signing in with an API token, ended by signing out or by time")
    class Sessions {

        private final ApiTokenId sessionId = new ApiTokenId(UUID.randomUUID());
        private final SecretHash sessionHash = SecretHash.of("session secret");
        private final Instant signedIn = ISSUED.plusSeconds(3_600);

        private ApiToken.Opening signIn(Duration lifetime) {
            return ApiToken.openSession(sessionId, issueToTownOperators("南翔镇运维").token(), sessionHash, lifetime,
                    signedIn);
        }

        @Test
        void a_session_acts_as_the_organization_and_role_of_the_token_it_was_opened_with_until_it_expires() {
            var opening = signIn(Duration.ofHours(8));
            var session = opening.session();

            assertThat(opening.event()).isEqualTo(new SessionOpened(sessionId, id, town, Role.OPERATOR,
                    signedIn.plus(Duration.ofHours(8)), signedIn));
            assertThat(session.actor()).isEqualTo(new Actor(town, Role.OPERATOR));
            assertThat(session.secretHash()).isEqualTo(sessionHash);
            assertThat(session.isSession()).isTrue();
            assertThat(session.expiresAt()).isEqualTo(signedIn.plus(Duration.ofHours(8)));
            assertThat(session.isActiveAt(signedIn)).isTrue();
            assertThat(session.isActiveAt(session.expiresAt().minusNanos(1))).isTrue();
            assertThat(session.isActiveAt(session.expiresAt())).as("expired at its end, not a moment after").isFalse();
            assertThat(session.isActive()).as("expired is not revoked").isTrue();
        }

        @Test
        void an_api_token_never_expires_until_it_is_revoked() {
            var token = issueToTownOperators("运维").token();

            assertThat(token.isSession()).isFalse();
            assertThat(token.expiresAt()).isNull();
            assertThat(token.isActiveAt(ISSUED.plus(Duration.ofDays(3_650)))).isTrue();
            token.revoke(REVOKED);
            assertThat(token.isActiveAt(REVOKED)).isFalse();
        }

        @Test
        void a_session_lasts_from_a_minute_to_a_working_day_of_twelve_hours() {
            assertThat(signIn(Duration.ofMinutes(1)).session().expiresAt()).isEqualTo(signedIn.plusSeconds(60));
            assertThat(signIn(ApiToken.LONGEST_SESSION).session().expiresAt()).isEqualTo(signedIn.plus(Duration.ofHours(12)));
            for (Duration refused : new Duration[] {Duration.ofSeconds(59), Duration.ofHours(12).plusSeconds(1),
                    Duration.ZERO, Duration.ofMinutes(-5)}) {
                assertThatThrownBy(() -> signIn(refused)).as("%s", refused)
                        .isInstanceOfSatisfying(SessionRefusedException.class,
                                e -> assertThat(e.code()).isEqualTo("session-refused"));
            }
        }

        @Test
        void a_session_is_not_opened_with_another_session_so_that_no_session_outlives_its_day() {
            var session = signIn(Duration.ofHours(8)).session();

            assertThatThrownBy(() -> ApiToken.openSession(new ApiTokenId(UUID.randomUUID()), session,
                    SecretHash.of("another"), Duration.ofHours(8), signedIn.plusSeconds(60)))
                    .isInstanceOf(SessionRefusedException.class)
                    .hasMessageContaining("not with another session");
        }

        @Test
        void signing_out_ends_the_session_at_once_and_only_once() {
            var session = signIn(Duration.ofHours(8)).session();
            var signedOut = signedIn.plusSeconds(600);

            assertThat(session.endSession(signedOut)).isEqualTo(new SessionEnded(sessionId, signedOut));
            assertThat(session.isActiveAt(signedOut)).isFalse();
            assertThat(session.revokedAt()).isEqualTo(signedOut);
            assertThat(session.expiresAt()).as("its expiry is kept for the record").isEqualTo(signedIn.plus(Duration.ofHours(8)));
            assertThatThrownBy(() -> session.endSession(signedOut.plusSeconds(1)))
                    .isInstanceOf(TokenAlreadyRevokedException.class);
            assertThat(session.revokedAt()).isEqualTo(signedOut);
        }

        @Test
        void an_api_token_is_revoked_by_an_admin_never_signed_out_of() {
            var token = issueToTownOperators("运维").token();

            assertThatThrownBy(() -> token.endSession(REVOKED)).isInstanceOf(SessionRefusedException.class)
                    .hasMessageContaining("revoked by an ADMIN");
            assertThat(token.isActive()).isTrue();
        }

        @Test
        void only_its_holder_signs_out_of_a_session() {
            var session = signIn(Duration.ofHours(8)).session();

            TokenStewardship.requireMayEndSession(sessionId, session);
            assertThatThrownBy(() -> TokenStewardship.requireMayEndSession(id, session))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("only its holder");
        }

        @Test
        void a_session_expires_after_it_was_opened_and_keeps_its_expiry_when_stored() {
            assertThatThrownBy(() -> new ApiToken.State(sessionId, town, Role.READER, "会话", sessionHash, signedIn,
                    null, signedIn, 1)).isInstanceOf(IllegalArgumentException.class);
            var session = signIn(Duration.ofHours(2)).session();
            session.markStored(1);

            assertThat(ApiToken.restore(session.state()).state()).isEqualTo(session.state());
            assertThat(ApiToken.restore(session.state()).expiresAt()).isEqualTo(signedIn.plus(Duration.ofHours(2)));
        }
    }

    @Test
    void a_failed_authentication_never_tells_the_caller_why_only_the_operators_log() {
        var e = new AuthenticationFailedException("token revoked");

        assertThat(e).hasMessage("a valid bearer token is required");
        assertThat(e.reason()).isEqualTo("token revoked");
        assertThat(e.code()).isEqualTo("unauthenticated");
    }
}
