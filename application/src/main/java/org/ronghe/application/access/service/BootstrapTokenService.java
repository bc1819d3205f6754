package org.ronghe.application.access.service;

import org.ronghe.application.access.port.in.BootstrapTokenUseCase;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

public final class BootstrapTokenService implements BootstrapTokenUseCase {

    private final ApiTokens tokens;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    public BootstrapTokenService(ApiTokens tokens, Transactions transactions, Auditor auditor, Clock clock,
            IdSource ids) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public boolean bootstrap(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new InvalidValueException("RONGHE_BOOTSTRAP_TOKEN",
                    "must be at least " + MIN_SECRET_LENGTH + " characters of a random secret");
        }
        return transactions.inTransaction(() -> {
            if (tokens.count() > 0) {
                return false;
            }
            // bound to no organization: on first start there may be none yet
            var issue = ApiToken.issue(new ApiTokenId(ids.next()), null, Role.ADMIN, "bootstrap administrator",
                    SecretHash.of(secret.strip()), clock.now());
            tokens.add(issue.token());
            auditor.record(Caller.system("bootstrap"), issue.event());
            return true;
        });
    }

    @Override
    public IssuedToken issueRecoveryAdminToken(String actor) {
        // the audit entry's request id holds "issue-admin-token run by <who>" in at most 100 characters
        String who = Text.required("actor", actor, 70);
        return transactions.inTransaction(() -> {
            String secret = Secrets.newSecret();
            var issue = ApiToken.issue(new ApiTokenId(ids.next()), null, Role.ADMIN, "recovery administrator",
                    SecretHash.of(secret), clock.now());
            tokens.add(issue.token());
            auditor.record(Caller.system("issue-admin-token run by " + who), issue.event());
            return new IssuedToken(TokenView.of(issue.token()), secret);
        });
    }
}
