package org.ronghe.application.access.service;

import org.ronghe.application.access.port.in.RevokeTokenCommand;
import org.ronghe.application.access.port.in.RevokeTokenUseCase;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.TokenStewardship;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.StaleVersionException;

public final class RevokeTokenService implements RevokeTokenUseCase {

    private final ApiTokens tokens;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final TokenCache cache;

    public RevokeTokenService(ApiTokens tokens, Transactions transactions, Auditor auditor, Clock clock,
            TokenCache cache) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public TokenView revoke(Caller caller, RevokeTokenCommand command) {
        TokenStewardship.requireMayManageTokens(caller.actor());
        var view = transactions.inTransaction(() -> {
            var token = tokens.findById(command.id())
                    .orElseThrow(() -> new AggregateNotFoundException("token", command.id()));
            if (token.version() != command.expectedVersion()) {
                throw new StaleVersionException("token", command.id(), command.expectedVersion(), token.version());
            }
            if (token.role() == Role.ADMIN) {
                TokenStewardship.requireAnotherAdminRemains(token, tokens.countLiveAdminsForUpdate());
            }
            var revoked = token.revoke(clock.now());
            tokens.update(token);
            auditor.record(caller, revoked);
            return TokenView.of(token);
        });
        // After the commit: evicting earlier would let a concurrent request cache the still active token.
        cache.evict(command.id());
        return view;
    }
}
