package org.ronghe.adapter.http.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.adapter.http.support.SerializedViews;
import org.ronghe.application.committee.CommitteeModule;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.Violations;

/**
 * {@code /api/v1/committees}: plan, read (today or {@code ?asOf=}), establish, chair, members, rules,
 * dissolve; and {@code /api/v1/organizations/{id}/seats}. ADMINs govern; the LEAD organization's
 * operators manage its cooperating and participating members; every caller reads.
 */
public record CommitteeRoutes(CommitteeModule committees, OrganizationQueries organizations,
        SerializedViews<CommitteeView, ?> answers) implements RouteGroup {

    static final String COLLECTION = "/api/v1/committees";
    private static final String ONE = COLLECTION + "/{id}";

    /**
     * What a committee's view is made of: the committee at a version (every change advances it), the day that
     * picks its status and members, and the names of its organizations, which change on their own.
     */
    record ViewMadeOf(CommitteeId id, long version, LocalDate asOf, Map<String, String> organizationNames) {
        static ViewMadeOf of(CommitteeView view) {
            return new ViewMadeOf(view.id(), view.version(), view.asOf(), view.organizationNames());
        }
    }

    /** With a cache of the answers of GET by id, read far more often than a committee changes (4 MB at most). */
    public CommitteeRoutes(CommitteeModule committees, OrganizationQueries organizations) {
        this(committees, organizations, SerializedViews.byWhatMakesIt(ViewMadeOf::of, CommitteeResource::of, 4 << 20));
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(COLLECTION, this::plan, ApiRole.ADMINS),
                ApiRoute.read(COLLECTION, this::list),
                ApiRoute.read(ONE, this::show),
                ApiRoute.command(ONE + "/establish", this::establish, ApiRole.ADMINS),
                ApiRoute.command(ONE + "/chair", this::chair, ApiRole.ADMINS),
                ApiRoute.command(ONE + "/members", this::admit, ApiRole.WRITERS),
                ApiRoute.command(ONE + "/members/{organizationId}/role", this::changeRole, ApiRole.WRITERS),
                ApiRoute.command(ONE + "/members/{organizationId}/end", this::end, ApiRole.WRITERS),
                ApiRoute.command(ONE + "/rules", this::adopt, ApiRole.WRITERS),
                ApiRoute.command(ONE + "/dissolve", this::dissolve, ApiRole.ADMINS),
                ApiRoute.read("/api/v1/organizations/{id}/seats", this::seats));
    }

    @Override
    public ApiDocs docs() {
        return CommitteeDocs.DOCS;
    }

    private Reply plan(Context ctx) {
        var body = JsonBody.of(ctx, "tier", "name", "nameEn", "field", "areaId", "plannedOn");
        String tier = body.text("tier");
        String name = body.text("name");
        String nameEn = body.text("nameEn");
        String field = body.text("field");
        String area = body.text("areaId");
        LocalDate plannedOn = body.date("plannedOn");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedTier = violations.check(() -> Enums.parse(CommitteeTier.class, "tier", tier));
        var parsedName = violations.check(() -> BilingualName.of(name, nameEn));
        var parsedField = field == null ? null : violations.check(() -> Enums.parse(ProfessionalField.class, "field", field));
        var parsedArea = area == null ? null : violations.check(() -> AreaId.parse("areaId", area));
        violations.throwIfAny();
        var planned = committees.commands().plan(Callers.of(ctx), new PlanCommitteeCommand(parsedTier, parsedName,
                parsedField, parsedArea, plannedOn));
        return Reply.created(COLLECTION + "/" + planned.id(), CommitteeResource.of(planned)).tagged(planned.version());
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var tier = parameters.optional("tier", text -> Enums.parse(CommitteeTier.class, "tier", text));
        var status = parameters.optional("status", text -> Enums.parse(CommitteeStatus.class, "status", text));
        var area = parameters.optional("area", text -> AreaId.parse("area", text));
        var field = parameters.optional("field", text -> Enums.parse(ProfessionalField.class, "field", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var q = ListFilters.q(parameters);
        var town = ListFilters.townId(parameters);
        var page = parameters.page();
        parameters.requireValid();
        var result = committees.queries().committees(new CommitteeCriteria(tier, status, area, field, null, q,
                ListFilters.scope(organizations, town)), asOf, page);
        return Reply.ok(PageResource.of(result.map(CommitteeResource::of)));
    }

    private Reply show(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        CommitteeView view = committees.queries().committee(id(ctx), asOf);
        return Reply.ok(answers.json(view)).tagged(view.version());
    }

    private Reply establish(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::id, (id, version, body) ->
                new CommitteeChange.Establish(id, version, day(body, "on")), "on"));
    }

    private Reply chair(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::id, (id, version, body) -> {
            String name = body.text("name");
            String position = body.text("position");
            LocalDate on = body.date("on");
            body.requireWellTyped();
            var violations = new Violations();
            var chair = violations.check(() -> new Chair(name, position));
            violations.throwIfAny();
            return new CommitteeChange.AppointChair(id, version, chair, on);
        }, "name", "position", "on"));
    }

    private Reply admit(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::id, (id, version, body) -> {
            String organization = body.text("organizationId");
            String role = body.text("role");
            LocalDate since = body.date("since");
            body.requireWellTyped();
            var violations = new Violations();
            var organizationId = violations.check(() -> OrganizationId.parse("organizationId", organization));
            var parsedRole = violations.check(() -> Enums.parse(MembershipRole.class, "role", role));
            violations.throwIfAny();
            return new CommitteeChange.AdmitMember(id, version, organizationId, parsedRole, since);
        }, "organizationId", "role", "since"));
    }

    private Reply changeRole(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::seat, (seat, version, body) -> {
            String role = body.text("role");
            LocalDate on = body.date("on");
            body.requireWellTyped();
            var violations = new Violations();
            var parsedRole = violations.check(() -> Enums.parse(MembershipRole.class, "role", role));
            violations.throwIfAny();
            return new CommitteeChange.ChangeMemberRole(seat.committee(), version, seat.member(), parsedRole, on);
        }, "role", "on"));
    }

    private Reply end(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::seat, (seat, version, body) ->
                new CommitteeChange.EndMembership(seat.committee(), version, seat.member(), day(body, "until")),
                "until"));
    }

    private Reply adopt(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::id, (id, version, body) -> {
            String kind = body.text("kind");
            String title = body.text("title");
            LocalDate adoptedOn = body.date("adoptedOn");
            String textOrLink = body.text("textOrLink");
            body.requireWellTyped();
            var violations = new Violations();
            var parsedKind = violations.check(() -> Enums.parse(RulesKind.class, "kind", kind));
            violations.throwIfAny();
            return new CommitteeChange.AdoptRules(id, version, parsedKind, title, adoptedOn, textOrLink);
        }, "kind", "title", "adoptedOn", "textOrLink"));
    }

    private Reply dissolve(Context ctx) {
        return change(ctx, ChangeRequests.read(ctx, CommitteeRoutes::id, (id, version, body) ->
                new CommitteeChange.Dissolve(id, version, day(body, "on")), "on"));
    }

    /** A day the body must carry well typed before the change is made of it. */
    private static LocalDate day(JsonBody body, String field) {
        LocalDate day = body.date(field);
        body.requireWellTyped();
        return day;
    }

    private Reply change(Context ctx, CommitteeChange change) {
        return reply(committees.commands().change(Callers.of(ctx), change));
    }

    private Reply seats(Context ctx) {
        var organization = PathIds.parse(ctx, "organization", text -> OrganizationId.parse("id", text));
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        var seats = committees.queries().seatsOf(organization, asOf).stream()
                .map(seat -> Map.of("committeeId", seat.committeeId().toString(), "committeeName", seat.committeeName(),
                        "tier", seat.tier().name(), "role", seat.role().name(), "since", seat.since().toString(),
                        "until", seat.until() == null ? "" : seat.until().toString()))
                .toList();
        return Reply.ok(Map.of("items", seats));
    }

    private static CommitteeId id(Context ctx) {
        return PathIds.parse(ctx, "committee", text -> CommitteeId.parse("id", text));
    }

    /** A member's seat on a committee, as its path names it. */
    private record SeatPath(CommitteeId committee, OrganizationId member) {
    }

    private static SeatPath seat(Context ctx) {
        var committee = id(ctx);
        return new SeatPath(committee, PathIds.parse(ctx, "organizationId", "member",
                text -> OrganizationId.parse("organizationId", text)));
    }

    private static Reply reply(CommitteeView view) {
        return Reply.ok(CommitteeResource.of(view)).tagged(view.version());
    }
}
