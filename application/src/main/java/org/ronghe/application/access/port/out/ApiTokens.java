package org.ronghe.application.access.port.out;

import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.organization.OrganizationId;

/** All API tokens. Implementations must pass the adapter contract kit. */
public interface ApiTokens extends AggregateRepository<ApiToken, ApiTokenId> {

    /** The token whose secret has this hash, revoked or not. */
    Optional<ApiToken> findBySecretHash(SecretHash hash);


    long count();

    /**
     * How many live (not revoked) ADMIN tokens there are. Inside a write transaction it also locks them
     * until the transaction ends, so that two ADMINs revoking each other's tokens at once cannot both
     * succeed and leave none.
     */
    long countLiveAdminsForUpdate();

    /** Tokens of one organization (null: all), in issue order (time, then id). */
    Page<ApiToken> find(OrganizationId organization, PageRequest page);
}
