package org.ronghe.adapter.http.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.Preconditions;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.adapter.http.support.SerializedViews;
import org.ronghe.application.committee.port.in.AdmitMemberCommand;
import org.ronghe.application.committee.port.in.AdmitMemberUseCase;
import org.ronghe.application.committee.port.in.AdoptRulesUseCase;
import org.ronghe.application.committee.port.in.AppointChairUseCase;
import org.ronghe.application.committee.port.in.ChangeMemberRoleUseCase;
import org.ronghe.application.committee.port.in.CommitteeQueries;
import org.ronghe.application.committee.port.in.DissolveCommitteeUseCase;
import org.ronghe.application.committee.port.in.EndMembershipUseCase;
import org.ronghe.application.committee.port.in.EstablishCommitteeUseCase;
import org.ronghe.application.committee.port.in.PlanCommitteeUseCase;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.committee.port.in.AdoptRulesCommand;
import org.ronghe.application.committee.port.in.AppointChairCommand;
import org.ronghe.application.committee.port.in.ChangeMemberRoleCommand;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.DissolveCommitteeCommand;
import org.ronghe.application.committee.port.in.EndMembershipCommand;
import org.ronghe.application.committee.port.in.EstablishCommitteeCommand;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
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

import io.javalin.http.Context;

/**
 * {@code /api/v1/committees}: plan, read (today or {@code ?asOf=}), establish, chair, members, rules,
 * dissolve; and {@code /api/v1/organizations/{id}/seats}. ADMINs govern; the LEAD organization's
 * operators manage its cooperating and participating members; every caller reads.
 */
public final class CommitteeRoutes implements RouteGroup {

    static final String COLLECTION = "/api/v1/committees";
    private static final String ONE = COLLECTION + "/{id}";

    /** The primary ports these routes call. */
    public record UseCases(PlanCommitteeUseCase plan, EstablishCommitteeUseCase establish, AppointChairUseCase chair,
            AdmitMemberUseCase admit, ChangeMemberRoleUseCase changeRole, EndMembershipUseCase end,
            AdoptRulesUseCase adopt, DissolveCommitteeUseCase dissolve, CommitteeQueries committees,
            OrganizationQueries organizations) {
    }

    private final UseCases useCases;

    /** Answers of GET by id, read far more often than a committee changes; 4 MB of a 128 MB heap at most. */
    private final SerializedViews<CommitteeView> answers = new SerializedViews<>(CommitteeResource::of, 4 << 20);

    public CommitteeRoutes(UseCases useCases) {
        this.useCases = useCases;
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
        var planned = useCases.plan().plan(Callers.of(ctx), new PlanCommitteeCommand(parsedTier, parsedName,
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
        var page = parameters.page();
        parameters.requireValid();
        var result = useCases.committees().committees(new CommitteeCriteria(tier, status, area, field), asOf, page);
        return Reply.ok(PageResource.of(result.map(CommitteeResource::of)));
    }

    private Reply show(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        CommitteeView view = useCases.committees().committee(id(ctx), asOf);
        return Reply.ok(answers.json(view)).tagged(view.version());
    }

    private Reply establish(Context ctx) {
        var id = id(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "on");
        LocalDate on = body.date("on");
        body.requireWellTyped();
        return reply(useCases.establish().establish(Callers.of(ctx), new EstablishCommitteeCommand(id, version, on)));
    }

    private Reply chair(Context ctx) {
        var id = id(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "name", "position", "on");
        String name = body.text("name");
        String position = body.text("position");
        LocalDate on = body.date("on");
        body.requireWellTyped();
        var violations = new Violations();
        var chair = violations.check(() -> new Chair(name, position));
        violations.throwIfAny();
        return reply(useCases.chair().appoint(Callers.of(ctx), new AppointChairCommand(id, version, chair, on)));
    }

    private Reply admit(Context ctx) {
        var id = id(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "organizationId", "role", "since");
        String organization = body.text("organizationId");
        String role = body.text("role");
        LocalDate since = body.date("since");
        body.requireWellTyped();
        var violations = new Violations();
        var organizationId = violations.check(() -> OrganizationId.parse("organizationId", organization));
        var parsedRole = violations.check(() -> Enums.parse(MembershipRole.class, "role", role));
        violations.throwIfAny();
        return reply(useCases.admit().admit(Callers.of(ctx), new AdmitMemberCommand(id, version, organizationId,
                parsedRole, since)));
    }

    private Reply changeRole(Context ctx) {
        var id = id(ctx);
        var organization = member(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "role", "on");
        String role = body.text("role");
        LocalDate on = body.date("on");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedRole = violations.check(() -> Enums.parse(MembershipRole.class, "role", role));
        violations.throwIfAny();
        return reply(useCases.changeRole().changeRole(Callers.of(ctx), new ChangeMemberRoleCommand(id, version,
                organization, parsedRole, on)));
    }

    private Reply end(Context ctx) {
        var id = id(ctx);
        var organization = member(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "until");
        LocalDate until = body.date("until");
        body.requireWellTyped();
        return reply(useCases.end().end(Callers.of(ctx), new EndMembershipCommand(id, version, organization,
                until)));
    }

    private Reply adopt(Context ctx) {
        var id = id(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "kind", "title", "adoptedOn", "textOrLink");
        String kind = body.text("kind");
        String title = body.text("title");
        LocalDate adoptedOn = body.date("adoptedOn");
        String textOrLink = body.text("textOrLink");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedKind = violations.check(() -> Enums.parse(RulesKind.class, "kind", kind));
        violations.throwIfAny();
        return reply(useCases.adopt().adopt(Callers.of(ctx), new AdoptRulesCommand(id, version, parsedKind, title,
                adoptedOn, textOrLink)));
    }

    private Reply dissolve(Context ctx) {
        var id = id(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, "on");
        LocalDate on = body.date("on");
        body.requireWellTyped();
        return reply(useCases.dissolve().dissolve(Callers.of(ctx), new DissolveCommitteeCommand(id, version, on)));
    }

    private Reply seats(Context ctx) {
        var organization = PathIds.parse(ctx, "organization", text -> OrganizationId.parse("id", text));
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        useCases.organizations().organization(organization); // 404 for an unknown organization
        var seats = useCases.committees().seatsOf(organization, asOf).stream()
                .map(seat -> Map.of("committeeId", seat.committeeId().toString(), "committeeName", seat.committeeName(),
                        "tier", seat.tier().name(), "role", seat.role().name(), "since", seat.since().toString(),
                        "until", seat.until() == null ? "" : seat.until().toString()))
                .toList();
        return Reply.ok(Map.of("items", seats));
    }

    private static CommitteeId id(Context ctx) {
        return PathIds.parse(ctx, "committee", text -> CommitteeId.parse("id", text));
    }

    private static OrganizationId member(Context ctx) {
        return PathIds.parse(ctx, "organizationId", "member", text -> OrganizationId.parse("organizationId", text));
    }

    private static Reply reply(CommitteeView view) {
        return Reply.ok(CommitteeResource.of(view)).tagged(view.version());
    }
}
