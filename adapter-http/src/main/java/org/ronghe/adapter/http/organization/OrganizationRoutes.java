package org.ronghe.adapter.http.organization;

import java.util.List;

import io.javalin.http.Context;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.organization.OrganizationModule;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * {@code /api/v1/organizations}: register, read, list, rename, move, retire. Every caller reads;
 * ADMINs and OPERATORs write, within what the stewardship policy lets them.
 */
public record OrganizationRoutes(OrganizationModule organizations) implements RouteGroup {

    static final String COLLECTION = "/api/v1/organizations";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(COLLECTION, this::register, ApiRole.WRITERS),
                ApiRoute.read(COLLECTION, this::list),
                ApiRoute.read(COLLECTION + "/{id}", this::show),
                ApiRoute.command(COLLECTION + "/{id}/rename", this::rename, ApiRole.WRITERS),
                ApiRoute.command(COLLECTION + "/{id}/move", this::move, ApiRole.WRITERS),
                ApiRoute.command(COLLECTION + "/{id}/retire", this::retire, ApiRole.WRITERS));
    }

    @Override
    public ApiDocs docs() {
        return OrganizationDocs.DOCS;
    }

    private Reply register(Context ctx) {
        var body = JsonBody.of(ctx, "kind", "name", "nameEn", "parentId", "jurisdiction");
        String kind = body.text("kind");
        String name = body.text("name");
        String nameEn = body.text("nameEn");
        String parentId = body.text("parentId");
        String jurisdiction = body.text("jurisdiction");
        body.requireWellTyped();
        var created = organizations.commands().register(Callers.of(ctx),
                RegisterOrganizationCommand.parse(kind, name, nameEn, parentId, jurisdiction));
        return Reply.created(COLLECTION + "/" + created.id(), OrganizationResource.of(created))
                .tagged(created.version());
    }

    private Reply show(Context ctx) {
        return reply(organizations.queries().organization(id(ctx)));
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var kind = parameters.optional("kind", OrganizationKind::parse);
        var parentId = parameters.optional("parentId", text -> OrganizationId.parse("parentId", text));
        var status = parameters.optional("status", text -> OrganizationStatus.parse("status", text));
        var q = ListFilters.q(parameters);
        var town = ListFilters.townId(parameters);
        var page = parameters.page();
        parameters.requireValid();
        var result = organizations.queries().organizations(new OrganizationCriteria(kind, parentId, status, q,
                ListFilters.scope(organizations.queries(), town)), page);
        return Reply.ok(PageResource.of(result.map(OrganizationResource::of)));
    }

    private Reply rename(Context ctx) {
        return change(ChangeRequests.read(ctx, OrganizationRoutes::id, (id, version, body) -> {
            String name = body.text("name");
            String nameEn = body.text("nameEn");
            body.requireWellTyped();
            return new OrganizationChange.Rename(id, version, OrganizationName.of(name, nameEn));
        }, "name", "nameEn"), ctx);
    }

    private Reply move(Context ctx) {
        return change(ChangeRequests.read(ctx, OrganizationRoutes::id, (id, version, body) -> {
            if (!body.has("parentId")) {
                throw new InvalidValueException("parentId", "is required (null moves the organization to the top)");
            }
            String parentId = body.text("parentId");
            body.requireWellTyped();
            var newParent = parentId == null ? null : OrganizationId.parse("parentId", parentId);
            return new OrganizationChange.Move(id, version, newParent);
        }, "parentId"), ctx);
    }

    private Reply retire(Context ctx) {
        return change(ChangeRequests.readOptionalBody(ctx, OrganizationRoutes::id, (id, version, body) -> {
            body.requireWellTyped();
            return new OrganizationChange.Retire(id, version);
        }), ctx);
    }

    private Reply change(OrganizationChange change, Context ctx) {
        return reply(organizations.commands().change(Callers.of(ctx), change));
    }

    private static OrganizationId id(Context ctx) {
        return PathIds.parse(ctx, "organization", text -> OrganizationId.parse("id", text));
    }

    private static Reply reply(OrganizationView view) {
        return Reply.ok(OrganizationResource.of(view)).tagged(view.version());
    }
}
