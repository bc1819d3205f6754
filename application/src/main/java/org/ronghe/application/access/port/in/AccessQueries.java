package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.organization.OrganizationId;

/** Reading tokens (ADMIN only; secrets are never shown), and finding out who presents a bearer secret. */
public interface AccessQueries {

    TokenView token(Caller caller, ApiTokenId id);

    Page<TokenView> tokens(Caller caller, OrganizationId organization, PageRequest page);

    /** @throws org.ronghe.domain.access.AuthenticationFailedException for an unknown or revoked secret */
    Authenticated authenticate(String secret);
}
