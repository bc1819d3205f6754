package org.ronghe.adapter.http.access;

import java.time.Instant;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.access.AccessModule;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.TokenView;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.organization.OrganizationId;

import io.javalin.http.Context;

/** {@code /api/v1/tokens}: issue (the secret is shown once), list, read, revoke. ADMIN only. */
public record TokenRoutes(AccessModule access) implements RouteGroup {

    static final String COLLECTION = "/api/v1/tokens";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(COLLECTION, this::issue, ApiRole.ADMINS),
                ApiRoute.read(COLLECTION, this::list, ApiRole.ADMINS),
                ApiRoute.read(COLLECTION + "/{id}", this::show, ApiRole.ADMINS),
                ApiRoute.command(COLLECTION + "/{id}/revoke", this::revoke, ApiRole.ADMINS));
    }

    @Override
    public ApiDocs docs() {
        return TokenDocs.DOCS;
    }

    /** A token as the API shows it: never the secret, never its hash. */
    record TokenResource(String id, @ApiDoc.Nullable String organizationId, @ApiDoc.Values(Role.class) String role,
            @ApiDoc.Nullable String label, boolean active, Instant issuedAt, @ApiDoc.Nullable Instant revokedAt,
            @ApiDoc.Nullable @ApiDoc.About("a console session's end (signing in to /console opens one); none for an API token")
            Instant expiresAt, long version) {

        static TokenResource of(TokenView view) {
            return new TokenResource(view.id().toString(),
                    view.organizationId() == null ? null : view.organizationId().toString(), view.role().name(),
                    view.label(), view.active(), view.issuedAt(), view.revokedAt(), view.expiresAt(), view.version());
        }
    }

    /** The answer to issuing: the token and, this once, its secret. */
    record IssuedTokenResource(TokenResource token,
            @ApiDoc.About("shown this once; only its SHA-256 is kept") String secret) {
    }

    private Reply issue(Context ctx) {
        var body = JsonBody.of(ctx, "organizationId", "role", "label");
        String organization = body.text("organizationId");
        String role = body.text("role");
        String label = body.text("label");
        body.requireWellTyped();
        var issued = access.commands().issue(Callers.of(ctx), IssueTokenCommand.parse(organization, role, label));
        return Reply.created(COLLECTION + "/" + issued.token().id(),
                new IssuedTokenResource(TokenResource.of(issued.token()), issued.secret()))
                .tagged(issued.token().version());
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var organization = parameters.optional("organizationId", text -> OrganizationId.parse("organizationId", text));
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(access.queries().tokens(Callers.of(ctx), organization, page).map(TokenResource::of)));
    }

    private Reply show(Context ctx) {
        var view = access.queries().token(Callers.of(ctx), id(ctx));
        return Reply.ok(TokenResource.of(view)).tagged(view.version());
    }

    private Reply revoke(Context ctx) {
        var view = access.commands().change(Callers.of(ctx), ChangeRequests.readOptionalBody(ctx, TokenRoutes::id,
                (id, version, body) -> new AccessChange.Revoke(id, version)));
        return Reply.ok(TokenResource.of(view)).tagged(view.version());
    }

    private static ApiTokenId id(Context ctx) {
        return PathIds.parse(ctx, "token", text -> ApiTokenId.parse("id", text));
    }
}
