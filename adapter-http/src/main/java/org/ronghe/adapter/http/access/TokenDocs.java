package org.ronghe.adapter.http.access;

import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.domain.access.Role;

/** What the OpenAPI document says of the routes of {@link TokenRoutes}: summaries, query parameters, bodies, answers. */
final class TokenDocs {

    static final ApiDocs DOCS = ApiDocs.of("access tokens",
            "访问令牌 · Access tokens: issue, list and revoke the API's bearer tokens",
            ApiDoc.post("/api/v1/tokens", "issueToken", "issue an API token; the secret is shown once")
                    .takes(IssueToken.class)
                    .answers("issued", Schema.of(TokenRoutes.IssuedTokenResource.class)),
            ApiDoc.get("/api/v1/tokens", "listTokens", "a page of tokens (never their secrets)")
                    .query(Query.uuid("organizationId"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(TokenRoutes.TokenResource.class)),
            ApiDoc.get("/api/v1/tokens/{id}", "getToken", "one token")
                    .answers("found", Schema.of(TokenRoutes.TokenResource.class)),
            ApiDoc.post("/api/v1/tokens/{id}/revoke", "revokeToken", "revoke a token: it fails from the next request on; the last live ADMIN token is never revoked (409 last-admin-token)")
                    .answers("revoked", Schema.of(TokenRoutes.TokenResource.class)));

    private TokenDocs() {
    }

    /** The body of {@code POST /api/v1/tokens}. */
    record IssueToken(UUID organizationId,
            Role role,
            @ApiDoc.Optional String label) {
    }
}
