package org.ronghe.application.access.service;

import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.IssueTokenUseCase;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.access.TokenStewardship;
import org.ronghe.domain.shared.UnknownReferenceException;

public final class IssueTokenService implements IssueTokenUseCase {

    private final ApiTokens tokens;
    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;

    public IssueTokenService(ApiTokens tokens, Organizations organizations, Transactions transactions, Auditor auditor,
            Clock clock, IdSource ids) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public IssuedToken issue(Caller caller, IssueTokenCommand command) {
        TokenStewardship.requireMayManageTokens(caller.actor());
        return transactions.inTransaction(() -> {
            if (organizations.findById(command.organizationId()).isEmpty()) {
                throw new UnknownReferenceException("organizationId", "organization", command.organizationId());
            }
            String secret = Secrets.newSecret();
            var issue = ApiToken.issue(new ApiTokenId(ids.next()), command.organizationId(), command.role(),
                    command.label(), SecretHash.of(secret), clock.now());
            tokens.add(issue.token());
            auditor.record(caller, issue.event());
            return new IssuedToken(TokenView.of(issue.token()), secret);
        });
    }
}
