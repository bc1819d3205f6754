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

    private final ApiTokenId id;
    private final OrganizationId organization;
    private final Role role;
    private final String label;
    private final SecretHash secretHash;
    private final Instant issuedAt;
    private Instant revokedAt;
    private long version;

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

    private ApiToken(State s) {
        this.id = s.id();
        this.organization = s.organization();
        this.role = s.role();
        this.label = s.label();
        this.secretHash = s.secretHash();
        this.issuedAt = s.issuedAt();
        this.revokedAt = s.revokedAt();
        this.version = s.version();
    }

    public record Issue(ApiToken token, TokenIssued event) {
    }

    public static Issue issue(ApiTokenId id, OrganizationId organization, Role role, String label,
            SecretHash secretHash, Instant now) {
        var token = new ApiToken(new State(id, organization, role, Text.optional("label", label, MAX_LABEL_LENGTH),
                secretHash, now, null, 0));
        return new Issue(token, new TokenIssued(id, organization, role, token.label, now));
    }

    public static ApiToken restore(State state) {
        return new ApiToken(state);
    }

    /** @throws TokenAlreadyRevokedException if it was revoked before */
    public TokenRevoked revoke(Instant now) {
        if (revokedAt != null) {
            throw new TokenAlreadyRevokedException(id);
        }
        revokedAt = now;
        return new TokenRevoked(id, now);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** Who acts when this token is presented. */
    public Actor actor() {
        return new Actor(organization, role);
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= version) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        this.version = storedVersion;
    }

    @Override
    public ApiTokenId getId() {
        return id;
    }

    public OrganizationId organization() {
        return organization;
    }

    public Role role() {
        return role;
    }

    public String label() {
        return label;
    }

    public SecretHash secretHash() {
        return secretHash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public long version() {
        return version;
    }
}
