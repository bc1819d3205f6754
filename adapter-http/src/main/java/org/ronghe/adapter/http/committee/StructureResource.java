package org.ronghe.adapter.http.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;

/** The JSON shape of the structure tree. */
record StructureResource(LocalDate asOf, List<NodeResource> roots,
        @ApiDoc.About("committees by tier, then by status, as of asOf")
        Map<CommitteeTier, Map<CommitteeStatus, Long>> counts) {

    record ChairResource(String name, String position) {
    }

    record MemberResource(String id, String name, @ApiDoc.Nullable String kind,
            @ApiDoc.Values(MembershipRole.class) String role) {
    }

    record NodeResource(String id, @ApiDoc.Values(CommitteeTier.class) String tier, String name,
            @ApiDoc.Nullable String nameEn, @ApiDoc.Nullable @ApiDoc.Values(ProfessionalField.class) String field,
            @ApiDoc.Nullable String areaName, @ApiDoc.Values(CommitteeStatus.class) String status,
            @ApiDoc.Nullable ChairResource chair, List<MemberResource> members, List<NodeResource> children) {

        static NodeResource of(StructureView.Node n) {
            return new NodeResource(n.id().toString(), n.tier().name(), n.name(), n.nameEn(),
                    n.field() == null ? null : n.field().name(), n.areaName(), n.status().name(),
                    n.chair() == null ? null : new ChairResource(n.chair().name(), n.chair().position()),
                    n.members().stream().map(m -> new MemberResource(m.id().toString(), m.name(),
                            m.kind() == null ? null : m.kind().name(), m.role().name())).toList(),
                    n.children().stream().map(NodeResource::of).toList());
        }
    }

    static StructureResource of(StructureView view) {
        return new StructureResource(view.asOf(), view.roots().stream().map(NodeResource::of).toList(), view.counts());
    }
}
