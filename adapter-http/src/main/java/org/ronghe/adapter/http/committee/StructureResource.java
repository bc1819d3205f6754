package org.ronghe.adapter.http.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.committee.port.in.StructureBranchView;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;

/**
 * The JSON shape of the structure tree; with {@code committeeId}, of one committee's branch: the committee
 * as the one root, a page of the committees directly under it as its children, and where it hangs.
 */
record StructureResource(LocalDate asOf, List<NodeResource> roots,
        @ApiDoc.About("committees by tier, then by status, as of asOf (with committeeId: the committee and every one directly under it)")
        Map<CommitteeTier, Map<CommitteeStatus, Long>> counts,
        @ApiDoc.Nullable @ApiDoc.About("with committeeId only: the committees above it and the page of those under it")
        BranchResource branch) {

    record AncestorResource(String id, @ApiDoc.Values(CommitteeTier.class) String tier, String name) {
    }

    /** @param above the committees above the branch's committee, the root first */
    record BranchResource(List<AncestorResource> above, int page, int size, long totalItems, long totalPages) {
    }

    record ChairResource(String name, String position) {
    }

    record MemberResource(String id, String name, @ApiDoc.Nullable String kind,
            @ApiDoc.Values(MembershipRole.class) String role) {
    }

    record NodeResource(String id, @ApiDoc.Values(CommitteeTier.class) String tier, String name,
            @ApiDoc.Nullable String nameEn, @ApiDoc.Nullable @ApiDoc.Values(ProfessionalField.class) String field,
            @ApiDoc.Nullable String areaName, @ApiDoc.Values(CommitteeStatus.class) String status,
            @ApiDoc.Nullable ChairResource chair, List<MemberResource> members, List<NodeResource> children,
            @ApiDoc.Nullable @ApiDoc.About("with committeeId only: how many committees hang directly under this one")
            Long childCount) {

        static NodeResource of(StructureView.Node n) {
            return of(n, n.children().stream().map(NodeResource::of).toList(), null);
        }

        static NodeResource of(StructureView.Node n, List<NodeResource> children, Long childCount) {
            return new NodeResource(n.id().toString(), n.tier().name(), n.name(), n.nameEn(),
                    n.field() == null ? null : n.field().name(), n.areaName(), n.status().name(),
                    n.chair() == null ? null : new ChairResource(n.chair().name(), n.chair().position()),
                    n.members().stream().map(m -> new MemberResource(m.id().toString(), m.name(),
                            m.kind() == null ? null : m.kind().name(), m.role().name())).toList(),
                    children, childCount);
        }
    }

    static StructureResource of(StructureView view) {
        return new StructureResource(view.asOf(), view.roots().stream().map(NodeResource::of).toList(), view.counts(),
                null);
    }

    static StructureResource of(StructureBranchView view) {
        var children = view.children().items().stream()
                .map(child -> NodeResource.of(child.committee(), List.of(), child.childCount())).toList();
        var page = view.children();
        return new StructureResource(view.asOf(),
                List.of(NodeResource.of(view.committee(), children, view.childCount())), view.counts(),
                new BranchResource(view.above().stream().map(a -> new AncestorResource(a.id().toString(),
                        a.tier().name(), a.name())).toList(), page.page(), page.size(), page.totalItems(),
                        page.totalPages()));
    }
}
