package org.ronghe.adapter.http.committee;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesDocument;
import org.ronghe.domain.committee.RulesKind;

/** The JSON shape of a committee, as of a day. */
record CommitteeResource(String id, @ApiDoc.Values(CommitteeTier.class) String tier, String name,
        @ApiDoc.Nullable String nameEn, @ApiDoc.Nullable @ApiDoc.Values(ProfessionalField.class) String field,
        @ApiDoc.Nullable @ApiDoc.Uuid(false) String areaId, @ApiDoc.Nullable @ApiDoc.Uuid(false) String parentId,
        @ApiDoc.About("as of asOf; null before it was planned") @ApiDoc.Nullable @ApiDoc.Values(CommitteeStatus.class)
        String status, LocalDate asOf, LocalDate plannedOn,
        @ApiDoc.Nullable LocalDate establishedOn, @ApiDoc.Nullable LocalDate dissolvedOn,
        @ApiDoc.Nullable ChairResource chair, @ApiDoc.About("who sat on asOf") List<MemberResource> members,
        @ApiDoc.About("every membership there ever was") List<MemberResource> history,
        List<RulesResource> rules, long version) {

    record ChairResource(String name, String position) {
    }

    record MemberResource(String organizationId, @ApiDoc.Nullable String organizationName,
            @ApiDoc.Values(MembershipRole.class) String role, LocalDate since, @ApiDoc.Nullable LocalDate until) {

        static MemberResource of(Membership m, java.util.Map<String, String> names) {
            return new MemberResource(m.organization().toString(), names.get(m.organization().toString()),
                    m.role().name(), m.since(), m.until());
        }
    }

    record RulesResource(@ApiDoc.Values(RulesKind.class) String kind, String title, int version, LocalDate adoptedOn,
            @ApiDoc.Nullable String textOrLink) {

        static RulesResource of(RulesDocument r) {
            return new RulesResource(r.kind().name(), r.title(), r.version(), r.adoptedOn(), r.textOrLink());
        }
    }

    static CommitteeResource of(CommitteeView v) {
        Chair chair = v.chair();
        return new CommitteeResource(v.id().toString(), v.tier().name(), v.name(), v.nameEn(),
                v.field() == null ? null : v.field().name(), v.areaId() == null ? null : v.areaId().toString(),
                v.parentId() == null ? null : v.parentId().toString(), v.status() == null ? null : v.status().name(),
                v.asOf(), v.plannedOn(), v.establishedOn(), v.dissolvedOn(),
                chair == null ? null : new ChairResource(chair.name(), chair.position()),
                v.members().stream().map(m -> MemberResource.of(m, v.organizationNames())).toList(),
                v.history().stream().map(m -> MemberResource.of(m, v.organizationNames())).toList(),
                v.rules().stream().map(RulesResource::of).toList(), v.version());
    }
}
