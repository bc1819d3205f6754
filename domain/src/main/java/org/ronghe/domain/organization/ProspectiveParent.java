package org.ronghe.domain.organization;

import java.util.List;
import java.util.Objects;

/**
 * What the rules need to know about an organization that is to become a parent: its kind, its
 * status, and its lineage (the ids from the top of the hierarchy down to and including itself),
 * from which a cycle is seen without loading the whole tree.
 */
public record ProspectiveParent(OrganizationId id, OrganizationKind kind, OrganizationStatus status,
        List<OrganizationId> lineage) {

    public ProspectiveParent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        lineage = List.copyOf(lineage);
        if (lineage.isEmpty() || !lineage.get(lineage.size() - 1).equals(id)) {
            throw new IllegalArgumentException("a lineage ends with the parent itself");
        }
    }

    /** The parent as seen from its own aggregate, with the lineage of its ancestors (top first). */
    public static ProspectiveParent of(Organization parent, List<OrganizationId> ancestorsTopFirst) {
        var lineage = new java.util.ArrayList<>(ancestorsTopFirst);
        lineage.add(parent.getId());
        return new ProspectiveParent(parent.getId(), parent.kind(), parent.status(), lineage);
    }

    boolean descendsFrom(OrganizationId organization) {
        return lineage.contains(organization);
    }
}
