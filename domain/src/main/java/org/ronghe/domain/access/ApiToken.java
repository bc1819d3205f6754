package org.ronghe.domain.access;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Text;

/**
 * A bearer token that lets an organization's operators (or readers) call the API. Only the hash of
 * its secret is kept. A revoked token stays on record for the audit trail.
 */
public final class ApiToken implements AggregateRoot<ApiToken, ApiTokenId> {

    public static final int MAX_LABEL_LENGTH = 200;

    /** Everything a token is; for issuing and restoring. */
    public record State(ApiTokenId id, OrganizationId organization, Role role, String label, SecretHash secretHash,
            Instant issuedAt, Instant revokedAt, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(secretHash, "secretHash");
            Objects.requireNonNull(issuedAt, "issuedAt");
            new Actor(organization, role); // only an ADMIN token may be bound to no organization
        }
    }

    private State s;

    private ApiToken(State state) {
        this.s = state;
    }

    public record Issue(ApiToken token, TokenIssued event) {
    }

    public static Issue issue(ApiTokenId id, OrganizationId organization, Role role, String label,
            SecretHash secretHash, Instant now) {
        var token = new ApiToken(new State(id, organization, role, Text.optional("label", label, MAX_LABEL_LENGTH),
                secretHash, now, null, 0));
        return new Issue(token, new TokenIssued(id, organization, role, token.s.label(), now));
    }

    public static ApiToken restore(State state) {
        return new ApiToken(state);
    }

    /** @throws TokenAlreadyRevokedException if it was revoked before */
    public TokenRevoked revoke(Instant now) {
        if (s.revokedAt() != null) {
            throw new TokenAlreadyRevokedException(s.id());
        }
        s = new State(s.id(), s.organization(), s.role(), s.label(), s.secretHash(), s.issuedAt(), now, s.version());
        return new TokenRevoked(s.id(), now);
    }

    public boolean isActive() {
        return s.revokedAt() == null;
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
                storedVersion);
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

    public long version() {
        return s.version();
    }
}
