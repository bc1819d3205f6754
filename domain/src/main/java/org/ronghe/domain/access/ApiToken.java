package org.ronghe.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/**
 * A bearer token that lets an organization's operators (or readers) call the API. Only the hash of
 * its secret is kept. A revoked token stays on record for the audit trail. A console session is a token
 * too, opened by signing in with one: it acts as the same organization and role, and expires
 * ({@code expiresAt}); an API token never does.
 */
public final class ApiToken implements AggregateRoot<ApiToken, ApiTokenId> {

    public static final int MAX_LABEL_LENGTH = 200;

    /** Everything a token is; for issuing and restoring. */
    public record State(ApiTokenId id, OrganizationId organization, Role role, String label, SecretHash secretHash,
            Instant issuedAt, Instant revokedAt, Instant expiresAt, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(secretHash, "secretHash");
            Objects.requireNonNull(issuedAt, "issuedAt");
            new Actor(organization, role); // only an ADMIN token may be bound to no organization
            if (expiresAt != null && !expiresAt.isAfter(issuedAt)) {
                throw new IllegalArgumentException("a session expires after it was opened");
            }
        }
    }

    /** The longest a console session lasts: a working day, then its person signs in again. */
    public static final Duration LONGEST_SESSION = Duration.ofHours(12);

    private State s;

    private ApiToken(State state) {
        this.s = state;
    }

    public record Issue(ApiToken token, TokenIssued event) {
    }

    public static Issue issue(ApiTokenId id, OrganizationId organization, Role role, String label,
            SecretHash secretHash, Instant now) {
        var token = new ApiToken(new State(id, organization, role, Text.optional("label", label, MAX_LABEL_LENGTH),
                secretHash, now, null, null, 0));
        return new Issue(token, new TokenIssued(id, organization, role, token.s.label(), now));
    }

    public record Opening(ApiToken session, SessionOpened event) {
    }

    /**
     * A console session for the one who signed in with {@code signedInWith}: the same organization and role,
     * ending after {@code lifetime} at most.
     *
     * @throws SessionRefusedException if {@code signedInWith} is itself a session (a session does not extend
     *     itself by opening another), or the lifetime is not between a minute and {@link #LONGEST_SESSION}
     */
    public static Opening openSession(ApiTokenId id, ApiToken signedInWith, SecretHash secretHash, Duration lifetime,
            Instant now) {
        if (signedInWith.isSession()) {
            throw new SessionRefusedException("a session is opened with an API token, not with another session");
        }
        if (lifetime.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(LONGEST_SESSION) > 0) {
            throw new SessionRefusedException("a session lasts from a minute to " + LONGEST_SESSION.toHours()
                    + " hours, not " + lifetime);
        }
        Instant expiresAt = now.plus(lifetime);
        var session = new ApiToken(new State(id, signedInWith.organization(), signedInWith.role(),
                "控制台会话 · console session", secretHash, now, null, expiresAt, 0));
        return new Opening(session, new SessionOpened(id, signedInWith.getId(), signedInWith.organization(),
                signedInWith.role(), expiresAt, now));
    }

    public static ApiToken restore(State state) {
        return new ApiToken(state);
    }

    /** @throws TokenAlreadyRevokedException if it was revoked before */
    public TokenRevoked revoke(Instant now) {
        if (s.revokedAt() != null) {
            throw new TokenAlreadyRevokedException(s.id());
        }
        s = new State(s.id(), s.organization(), s.role(), s.label(), s.secretHash(), s.issuedAt(), now, s.expiresAt(),
                s.version());
        return new TokenRevoked(s.id(), now);
    }

    /**
     * Signing out: the session ends now, whether or not it would have expired later.
     *
     * @throws SessionRefusedException if this is an API token (revoked by an ADMIN, never signed out of)
     * @throws TokenAlreadyRevokedException if it ended before
     */
    public SessionEnded endSession(Instant now) {
        if (!isSession()) {
            throw new SessionRefusedException("an API token is revoked by an ADMIN, not signed out of");
        }
        if (s.revokedAt() != null) {
            throw new TokenAlreadyRevokedException(s.id());
        }
        s = new State(s.id(), s.organization(), s.role(), s.label(), s.secretHash(), s.issuedAt(), now, s.expiresAt(),
                s.version());
        return new SessionEnded(s.id(), now);
    }

    /** Not revoked (an expired session is still not revoked: see {@link #isActiveAt(Instant)}). */
    public boolean isActive() {
        return s.revokedAt() == null;
    }

    /** Whether the token lets its holder in at {@code now}: not revoked, and not an expired session. */
    public boolean isActiveAt(Instant now) {
        return isActive() && (s.expiresAt() == null || now.isBefore(s.expiresAt()));
    }

    /** A console session rather than an API token. */
    public boolean isSession() {
        return s.expiresAt() != null;
    }

    /** Who acts when this token is presented. */
    public Actor actor() {
        return new Actor(s.organization(), s.role());
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.organization(), s.role(), s.label(), s.secretHash(), s.issuedAt(), s.revokedAt(),
                s.expiresAt(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public ApiTokenId getId() {
        return s.id();
    }

    public OrganizationId organization() {
        return s.organization();
    }

    public Role role() {
        return s.role();
    }

    public String label() {
        return s.label();
    }

    public SecretHash secretHash() {
        return s.secretHash();
    }

    public Instant issuedAt() {
        return s.issuedAt();
    }

    public Instant revokedAt() {
        return s.revokedAt();
    }

    /** When a session ends by itself; null for an API token. */
    public Instant expiresAt() {
        return s.expiresAt();
    }

    public long version() {
        return s.version();
    }
}
