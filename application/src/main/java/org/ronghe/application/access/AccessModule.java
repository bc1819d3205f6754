package org.ronghe.application.access;

import java.time.Duration;

import org.ronghe.application.access.port.in.AccessCommands;
import org.ronghe.application.access.port.in.AccessQueries;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.access.service.AccessAudit;
import org.ronghe.application.access.service.AccessQueryService;
import org.ronghe.application.access.service.AccessService;
import org.ronghe.application.access.service.AuthenticationService;
import org.ronghe.application.access.service.TokenCache;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.access.ApiToken;

/** API tokens: who may call, as which organization and role; and who a presented secret belongs to. */
public record AccessModule(AccessCommands commands, AccessQueries queries) {

    /**
     * @param tokenTrust how long a node trusts a token it authenticated: a revocation made on another node
     *     reaches this one within this time (docs/adr/0008)
     */
    public static AccessModule on(ApiTokens tokens, Organizations organizations, Duration tokenTrust,
            Platform platform) {
        var cache = new TokenCache(tokenTrust, platform.clock()::monotonicNanos);
        var writes = platform.writes("token", tokens, ApiToken::version, AccessAudit.descriptions());
        var authentication = new AuthenticationService(tokens, cache, platform.clock());
        return new AccessModule(new AccessService(tokens, organizations, writes, cache, authentication),
                new AccessQueryService(tokens, authentication));
    }
}
