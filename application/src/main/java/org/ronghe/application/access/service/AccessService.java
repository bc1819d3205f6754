package org.ronghe.application.access.service;

import java.time.Duration;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.AccessCommands;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.access.TokenStewardship;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;
import org.ronghe.domain.shared.UnknownReferenceException;

/** Issues and revokes tokens, and lets the server's operators in on a first start or a lock-out; every write audited. */
public record AccessService(ApiTokens tokens, Organizations organizations, AggregateWrites<ApiToken, ApiTokenId> writes,
        TokenCache cache, AuthenticationService authentication) implements AccessCommands {

    @Override
    public IssuedToken issue(Caller caller, IssueTokenCommand command) {
        TokenStewardship.requireMayManageTokens(caller.actor());
        String secret = Secrets.newSecret();
        return writes.create(caller, () -> {
            if (organizations.findById(command.organizationId()).isEmpty()) {
                throw new UnknownReferenceException("organizationId", "organization", command.organizationId());
            }
            return newToken(command.organizationId(), command.role(), command.label(), secret);
        }, token -> new IssuedToken(TokenView.of(token), secret));
    }

    @Override
    public TokenView change(Caller caller, AccessChange change) {
        TokenView view;
        if (change instanceof AccessChange.EndSession end) {
            view = writes.change(caller, end.id(), end.expectedVersion(), session -> {
                TokenStewardship.requireMayEndSession(caller.token(), session);
                return session.endSession(writes.now());
            }, TokenView::of);
        } else {
            TokenStewardship.requireMayManageTokens(caller.actor());
            view = writes.change(caller, change.id(), change.expectedVersion(), token -> {
                // a session of an ADMIN is not one of the ADMIN tokens that must remain
                if (token.role() == Role.ADMIN && !token.isSession()) {
                    TokenStewardship.requireAnotherAdminRemains(token, tokens.countLiveAdminsForUpdate());
                }
                return token.revoke(writes.now());
            }, TokenView::of);
        }
        // After the commit: evicting earlier would let a concurrent request cache the still active token.
        cache.evict(change.id());
        return view;
    }

    @Override
    public IssuedToken openSession(String apiTokenSecret, Duration lifetime, String requestId) {
        java.util.Objects.requireNonNull(lifetime, "lifetime");
        var signedInWith = authentication.authenticate(apiTokenSecret);
        var caller = new Caller(signedInWith.actor(), signedInWith.token(), requestId);
        String secret = Secrets.newSecret();
        return writes.create(caller, () -> {
            var token = tokens.findById(signedInWith.token())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown token"));
            var opening = ApiToken.openSession(new ApiTokenId(writes.newId()), token, SecretHash.of(secret), lifetime,
                    writes.now());
            return new AggregateWrites.Created<>(opening.session(), opening.event());
        }, session -> new IssuedToken(TokenView.of(session), secret));
    }

    @Override
    public boolean bootstrap(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new InvalidValueException("RONGHE_BOOTSTRAP_TOKEN",
                    "must be at least " + MIN_SECRET_LENGTH + " characters of a random secret");
        }
        if (tokens.count() > 0) {
            // every start but the first: answered by a read, without a write transaction, whose commit
            // costs a start on a large embedded H2 store about half a second (docs/adr/0011)
            return false;
        }
        return writes.inTransaction(() -> {
            if (tokens.count() > 0) { // another node made it meanwhile
                return false;
            }
            // bound to no organization: on first start there may be none yet
            return writes.create(Caller.system("bootstrap"),
                    () -> newToken(null, Role.ADMIN, "bootstrap administrator", secret.strip()), token -> true);
        });
    }

    @Override
    public IssuedToken issueRecoveryAdminToken(String actor) {
        // the audit entry's request id holds "issue-admin-token run by <who>" in at most 100 characters
        String who = Text.required("actor", actor, 70);
        String secret = Secrets.newSecret();
        return writes.create(Caller.system("issue-admin-token run by " + who),
                () -> newToken(null, Role.ADMIN, "recovery administrator", secret),
                token -> new IssuedToken(TokenView.of(token), secret));
    }

    private AggregateWrites.Created<ApiToken> newToken(OrganizationId organization, Role role, String label,
            String secret) {
        var issue = ApiToken.issue(new ApiTokenId(writes.newId()), organization, role, label, SecretHash.of(secret),
                writes.now());
        return new AggregateWrites.Created<>(issue.token(), issue.event());
    }
}
