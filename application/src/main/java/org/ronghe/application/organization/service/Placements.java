package org.ronghe.application.organization.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.ProspectiveParent;
import org.ronghe.domain.organization.SiblingNames;
import org.ronghe.domain.shared.UnknownReferenceException;

/** Gathers from storage what the placement and stewardship rules need to decide. */
final class Placements {

    /** Far deeper than any real hierarchy: reaching it means the stored tree is damaged. */
    private static final int MAX_DEPTH = 64;

    private final Organizations organizations;

    Placements(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The parent-to-be with its lineage, or null for "no parent". */
    ProspectiveParent parent(OrganizationId parentId) {
        if (parentId == null) {
            return null;
        }
        Organization parent = organizations.findById(parentId)
                .orElseThrow(() -> new UnknownReferenceException("parentId", "parent organization", parentId));
        return ProspectiveParent.of(parent, ancestors(parent));
    }

    /** The lineage of a parent-to-be (empty for "no parent"). */
    static List<OrganizationId> lineage(ProspectiveParent parent) {
        return parent == null ? List.of() : parent.lineage();
    }

    /** From the top of the hierarchy down to and including the organization. */
    List<OrganizationId> lineage(Organization organization) {
        var lineage = new ArrayList<>(ancestors(organization));
        lineage.add(organization.getId());
        return lineage;
    }

    private List<OrganizationId> ancestors(Organization organization) {
        var ancestors = new ArrayDeque<OrganizationId>();
        OrganizationId cursor = organization.parentId();
        while (cursor != null) {
            if (ancestors.size() >= MAX_DEPTH || ancestors.contains(cursor)) {
                throw new IllegalStateException("the stored hierarchy above " + organization.getId() + " is damaged");
            }
            ancestors.addFirst(cursor);
            cursor = organizations.findById(cursor).map(Organization::parentId).orElse(null);
        }
        return List.copyOf(ancestors);
    }

    SiblingNames siblingsUnder(OrganizationId parentId, OrganizationId excluding) {
        return name -> organizations.isNameTaken(parentId, name.key(), excluding);
    }
}
