package org.ronghe.adapter.http.area;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.OrganizationIds;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.area.AreaModule;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.Violations;

import io.javalin.http.Context;

/** {@code /api/v1/areas}: the functional layout. ADMINs define areas; every caller reads. */
public record AreaRoutes(AreaModule areas) implements RouteGroup {

    static final String COLLECTION = "/api/v1/areas";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(COLLECTION, this::define, ApiRole.ADMINS),
                ApiRoute.read(COLLECTION, ctx -> Reply.ok(Map.of("items",
                        areas.queries().areas().stream().map(AreaResource::of).toList()))),
                ApiRoute.read(COLLECTION + "/{id}", this::show));
    }

    @Override
    public ApiDocs docs() {
        return AreaDocs.DOCS;
    }

    record AreaResource(String id, @ApiDoc.Values(AreaLayout.class) String layout, String name,
            @ApiDoc.Nullable String nameEn, @ApiDoc.Uuid List<String> towns, long version) {

        static AreaResource of(AreaView view) {
            return new AreaResource(view.id().toString(), view.layout().name(), view.name(), view.nameEn(),
                    view.towns().stream().map(Object::toString).toList(), view.version());
        }
    }

    private Reply define(Context ctx) {
        var body = JsonBody.of(ctx, "layout", "name", "nameEn", "towns");
        String layout = body.text("layout");
        String name = body.text("name");
        String nameEn = body.text("nameEn");
        List<String> towns = body.texts("towns");
        body.requireWellTyped();
        var violations = new Violations();
        AreaLayout parsedLayout = violations.check(() -> Enums.parse(AreaLayout.class, "layout", layout));
        BilingualName parsedName = violations.check(() -> BilingualName.of(name, nameEn));
        if (towns == null) {
            violations.add("towns", "is required: the ids of the towns the area spans");
        }
        Set<OrganizationId> parsedTowns = OrganizationIds.parse("towns", towns, violations);
        violations.throwIfAny();
        var area = areas.commands().define(Callers.of(ctx), new DefineAreaCommand(parsedLayout, parsedName, parsedTowns));
        return Reply.created(COLLECTION + "/" + area.id(), AreaResource.of(area)).tagged(area.version());
    }

    private Reply show(Context ctx) {
        var area = areas.queries().area(PathIds.parse(ctx, "area", text -> AreaId.parse("id", text)));
        return Reply.ok(AreaResource.of(area)).tagged(area.version());
    }
}
