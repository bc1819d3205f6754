package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.organization.OrganizationId;

/** Reading tokens (ADMIN only); secrets are never shown. */
public interface TokenQueries {

    TokenView token(Caller caller, ApiTokenId id);

    Page<TokenView> tokens(Caller caller, OrganizationId organization, PageRequest page);
}
