package org.ronghe.application.access.service;

import org.ronghe.application.access.port.in.AccessQueries;
import org.ronghe.application.access.port.in.Authenticated;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.TokenStewardship;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;

public record AccessQueryService(ApiTokens tokens, AuthenticationService authentication) implements AccessQueries {

    @Override
    public TokenView token(Caller caller, ApiTokenId id) {
        TokenStewardship.requireMayManageTokens(caller.actor());
        return tokens.findById(id).map(TokenView::of).orElseThrow(() -> new AggregateNotFoundException("token", id));
    }

    @Override
    public Page<TokenView> tokens(Caller caller, OrganizationId organization, PageRequest page) {
        TokenStewardship.requireMayManageTokens(caller.actor());
        return tokens.find(organization, page).map(TokenView::of);
    }

    @Override
    public Authenticated authenticate(String secret) {
        return authentication.authenticate(secret);
    }
}
