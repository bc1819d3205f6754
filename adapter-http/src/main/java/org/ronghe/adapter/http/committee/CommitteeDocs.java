package org.ronghe.adapter.http.committee;

import java.time.LocalDate;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesKind;

/** What the OpenAPI document says of the routes of {@link CommitteeRoutes}: summaries, query parameters, bodies, answers. */
final class CommitteeDocs {

    static final ApiDocs DOCS = ApiDocs.of("committees",
            "融合委员会 · Fusion committees: plan, establish, chair, members, rules, dissolve; the seats of an organization",
            ApiDoc.post("/api/v1/committees", "planCommittee", "plan a fusion committee")
                    .takes(PlanCommittee.class)
                    .answers("planned", Schema.of(CommitteeResource.class)),
            ApiDoc.get("/api/v1/committees", "listCommittees", "a page of committees, promotion first")
                    .query(Query.oneOf("tier", CommitteeTier.class), Query.oneOf("status", CommitteeStatus.class), Query.uuid("area"), Query.oneOf("field", ProfessionalField.class), Query.date("asOf").describedAs("the day to answer for (default: today, Asia/Shanghai)"))
                    .query(ListFilters.documented("name (Chinese or English)", "where a seat is held now by one of"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(CommitteeResource.class)),
            ApiDoc.get("/api/v1/committees/{id}", "getCommittee", "one committee, as of a day")
                    .query(Query.date("asOf").describedAs("the day to answer for (default: today, Asia/Shanghai)"))
                    .answers("found", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/establish", "establishCommittee", "establish (needs a chair and a LEAD)")
                    .takes(EstablishCommittee.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/chair", "appointChair", "appoint the chair: a name and a position only")
                    .takes(AppointChair.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/members", "admitMember", "seat an organization (the LEAD's operators: non-LEAD roles)")
                    .takes(AdmitMember.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/members/{organizationId}/role", "changeMemberRole", "change a member's role from a day on")
                    .takes(ChangeMemberRole.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/members/{organizationId}/end", "endMembership", "end a membership (kept in the history)")
                    .takes(EndMembership.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/rules", "adoptRules", "adopt a version of the work or procedure rules")
                    .takes(AdoptRules.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.post("/api/v1/committees/{id}/dissolve", "dissolveCommittee", "dissolve; current memberships end that day")
                    .takes(DissolveCommittee.class)
                    .answers("changed", Schema.of(CommitteeResource.class)),
            ApiDoc.get("/api/v1/organizations/{id}/seats", "getSeats", "where an organization sits, as of a day")
                    .query(Query.date("asOf").describedAs("the day to answer for (default: today, Asia/Shanghai)"))
                    .answers("its seats", Schema.items(Seat.class)));

    private CommitteeDocs() {
    }

    /** The body of {@code POST /api/v1/committees}. */
    record PlanCommittee(CommitteeTier tier,
            String name,
            @ApiDoc.Optional String nameEn,
            @ApiDoc.Optional ProfessionalField field,
            @ApiDoc.Optional UUID areaId,
            LocalDate plannedOn) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/establish}. */
    record EstablishCommittee(LocalDate on) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/chair}. */
    record AppointChair(String name,
            String position,
            LocalDate on) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/members}. */
    record AdmitMember(UUID organizationId,
            MembershipRole role,
            LocalDate since) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/members/{organizationId}/role}. */
    record ChangeMemberRole(MembershipRole role,
            LocalDate on) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/members/{organizationId}/end}. */
    record EndMembership(LocalDate until) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/rules}. */
    record AdoptRules(RulesKind kind,
            String title,
            LocalDate adoptedOn,
            @ApiDoc.Optional String textOrLink) {
    }

    /** The body of {@code POST /api/v1/committees/{id}/dissolve}. */
    record DissolveCommittee(LocalDate on) {
    }

    /** One seat of {@code GET /api/v1/organizations/{id}/seats}: {@code until} is empty while it lasts. */
    record Seat(String committeeId, String committeeName, @ApiDoc.Values(CommitteeTier.class) String tier,
            @ApiDoc.Values(MembershipRole.class) String role, String since,
            @ApiDoc.About("empty while the seat lasts") String until) {
    }
}
