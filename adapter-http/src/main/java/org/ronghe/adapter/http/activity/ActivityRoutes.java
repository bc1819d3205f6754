package org.ronghe.adapter.http.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.OrganizationIds;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.activity.ActivityModule;
import org.ronghe.application.activity.port.in.ActivityChange;
import org.ronghe.application.activity.port.in.ActivityView;
import org.ronghe.application.activity.port.in.RecordActivityCommand;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.Violations;

import io.javalin.http.Context;

/**
 * {@code /api/v1/activities} and {@code /api/v1/activity-counts}: co-work in the five forms. Operators
 * may call the writing routes; the application lets only organizations that took part record or withdraw.
 */
public record ActivityRoutes(ActivityModule activities) implements RouteGroup {

    private static final String ACTIVITIES = "/api/v1/activities";

    record ActivityResource(String id, @ApiDoc.Values(CoWorkForm.class) String form, String title,
            @ApiDoc.Nullable String committeeId, @ApiDoc.MinItems(2) List<String> organizationIds, LocalDate heldOn,
            @ApiDoc.Nullable String link, boolean withdrawn, @ApiDoc.Nullable String withdrawReason, long version) {
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(ACTIVITIES, this::record, ApiRole.WRITERS),
                ApiRoute.read(ACTIVITIES, this::list),
                ApiRoute.read(ACTIVITIES + "/{id}", ctx -> activity(activities.queries().activity(activityId(ctx)))),
                ApiRoute.command(ACTIVITIES + "/{id}/withdraw", this::withdraw, ApiRole.WRITERS),
                ApiRoute.read("/api/v1/activity-counts", this::counts));
    }

    @Override
    public ApiDocs docs() {
        return ActivityDocs.DOCS;
    }

    private Reply record(Context ctx) {
        var body = JsonBody.of(ctx, "form", "title", "committeeId", "organizationIds", "heldOn", "link");
        String form = body.text("form");
        String title = body.text("title");
        String committee = body.text("committeeId");
        List<String> organizations = body.texts("organizationIds");
        LocalDate heldOn = body.date("heldOn");
        String link = body.text("link");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedForm = violations.check(() -> Enums.parse(CoWorkForm.class, "form", form));
        var parsedCommittee = committee == null ? null : violations.check(() -> CommitteeId.parse("committeeId", committee));
        Set<OrganizationId> parsedOrganizations = OrganizationIds.parse("organizationIds", organizations, violations);
        violations.throwIfAny();
        var view = activities.commands().record(Callers.of(ctx), new RecordActivityCommand(parsedForm, title, parsedCommittee,
                parsedOrganizations, heldOn, link));
        return Reply.created(ACTIVITIES + "/" + view.activity().id(), resource(view)).tagged(view.activity().version());
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var form = parameters.optional("form", text -> Enums.parse(CoWorkForm.class, "form", text));
        var committee = parameters.optional("committeeId", text -> CommitteeId.parse("committeeId", text));
        var organization = parameters.optional("organizationId", text -> OrganizationId.parse("organizationId", text));
        var from = parameters.optional("from", text -> Dates.parse("from", text));
        var until = parameters.optional("until", text -> Dates.parse("until", text));
        boolean withdrawn = parameters.flag("includeWithdrawn");
        var page = parameters.page();
        parameters.requireValid();
        var criteria = new ActivityCriteria(form, committee, organization, from, until, withdrawn);
        return Reply.ok(PageResource.of(activities.queries().activities(criteria, page).map(ActivityRoutes::resource)));
    }

    private Reply withdraw(Context ctx) {
        return activity(activities.commands().change(Callers.of(ctx), ChangeRequests.read(ctx,
                ActivityRoutes::activityId, (id, version, body) -> {
                    String reason = body.text("reason");
                    body.requireWellTyped();
                    return new ActivityChange.Withdraw(id, version, reason);
                }, "reason")));
    }

    private Reply counts(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var from = parameters.optional("from", text -> Dates.parse("from", text));
        var until = parameters.optional("until", text -> Dates.parse("until", text));
        parameters.requireValid();
        return Reply.ok(Map.of("items", activities.queries().counts(from, until).stream().map(c -> Map.of("dimension",
                c.dimension(), "key", c.key(), "activities", c.activities())).toList()));
    }

    private static ActivityId activityId(Context ctx) {
        return PathIds.parse(ctx, "activity", text -> ActivityId.parse("id", text));
    }

    private static ActivityResource resource(ActivityView view) {
        var a = view.activity();
        return new ActivityResource(a.id().toString(), a.form().name(), a.title(),
                a.committee() == null ? null : a.committee().toString(),
                a.organizations().stream().map(Object::toString).sorted().toList(), a.heldOn(), a.link(), a.withdrawn(),
                a.withdrawReason(), a.version());
    }

    private static Reply activity(ActivityView view) {
        return Reply.ok(resource(view)).tagged(view.activity().version());
    }
}
