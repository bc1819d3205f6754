package org.ronghe.adapter.http.organization;

import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.JsonWriter;
import org.ronghe.adapter.http.support.Preconditions;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.organization.port.in.MoveOrganizationCommand;
import org.ronghe.application.organization.port.in.MoveOrganizationUseCase;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.organization.port.in.RegisterOrganizationUseCase;
import org.ronghe.application.organization.port.in.RenameOrganizationCommand;
import org.ronghe.application.organization.port.in.RenameOrganizationUseCase;
import org.ronghe.application.organization.port.in.RetireOrganizationCommand;
import org.ronghe.application.organization.port.in.RetireOrganizationUseCase;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;

import io.javalin.http.Context;

/** {@code /api/v1/organizations}: register, read, list, rename, move, retire. */
public final class OrganizationRoutes implements RouteGroup {

    static final String COLLECTION = "/api/v1/organizations";

    private final RegisterOrganizationUseCase register;
    private final RenameOrganizationUseCase rename;
    private final MoveOrganizationUseCase move;
    private final RetireOrganizationUseCase retire;
    private final OrganizationQueries queries;

    public OrganizationRoutes(RegisterOrganizationUseCase register, RenameOrganizationUseCase rename,
            MoveOrganizationUseCase move, RetireOrganizationUseCase retire, OrganizationQueries queries) {
        this.register = register;
        this.rename = rename;
        this.move = move;
        this.retire = retire;
        this.queries = queries;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post(COLLECTION, this::register),
                ApiRoute.get(COLLECTION, this::list),
                ApiRoute.get(COLLECTION + "/{id}", this::show),
                ApiRoute.post(COLLECTION + "/{id}/rename", this::rename),
                ApiRoute.post(COLLECTION + "/{id}/move", this::move),
                ApiRoute.post(COLLECTION + "/{id}/retire", this::retire));
    }

    private void register(Context ctx) {
        var body = JsonBody.of(ctx, "kind", "name", "nameEn", "parentId", "jurisdiction");
        String kind = body.text("kind");
        String name = body.text("name");
        String nameEn = body.text("nameEn");
        String parentId = body.text("parentId");
        String jurisdiction = body.text("jurisdiction");
        body.requireWellTyped();
        var created = register.register(RegisterOrganizationCommand.parse(kind, name, nameEn, parentId, jurisdiction));
        ctx.header("Location", COLLECTION + "/" + created.id());
        respond(ctx.status(201), created);
    }

    private void show(Context ctx) {
        respond(ctx, queries.organization(pathId(ctx)));
    }

    private void list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var kind = parameters.optional("kind", OrganizationKind::parse);
        var parentId = parameters.optional("parentId", text -> OrganizationId.parse("parentId", text));
        var status = parameters.optional("status", text -> OrganizationStatus.parse("status", text));
        var page = parameters.page();
        parameters.requireValid();
        var result = queries.organizations(new OrganizationCriteria(kind, parentId, status), page);
        ctx.contentType("application/json").result(JsonWriter.write(Map.of(
                "items", result.items().stream().map(OrganizationResource::of).toList(),
                "page", result.page(),
                "size", result.size(),
                "totalItems", result.totalItems(),
                "totalPages", result.totalPages())));
    }

    private void rename(Context ctx) {
        var id = pathId(ctx);
        long expectedVersion = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "name", "nameEn");
        String name = body.text("name");
        String nameEn = body.text("nameEn");
        body.requireWellTyped();
        respond(ctx, rename.rename(new RenameOrganizationCommand(id, expectedVersion, OrganizationName.of(name, nameEn))));
    }

    private void move(Context ctx) {
        var id = pathId(ctx);
        long expectedVersion = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "parentId");
        if (!body.has("parentId")) {
            throw new InvalidValueException("parentId", "is required (null moves the organization to the top)");
        }
        String parentId = body.text("parentId");
        body.requireWellTyped();
        var newParent = parentId == null ? null : OrganizationId.parse("parentId", parentId);
        respond(ctx, move.move(new MoveOrganizationCommand(id, expectedVersion, newParent)));
    }

    private void retire(Context ctx) {
        var id = pathId(ctx);
        long expectedVersion = Preconditions.expectedVersion(ctx);
        JsonBody.optional(ctx).requireWellTyped();
        respond(ctx, retire.retire(new RetireOrganizationCommand(id, expectedVersion)));
    }

    /** An id that is not even a UUID names no organization: 404, like any other unknown id. */
    private static OrganizationId pathId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return OrganizationId.parse("id", text);
        } catch (InvalidValueException e) {
            throw new AggregateNotFoundException("organization", "with that id");
        }
    }

    private static void respond(Context ctx, OrganizationView view) {
        Preconditions.tag(ctx, view.version());
        ctx.contentType("application/json").result(JsonWriter.write(OrganizationResource.of(view)));
    }
}
