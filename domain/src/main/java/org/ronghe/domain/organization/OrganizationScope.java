package org.ronghe.domain.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.ValueObject;

/**
 * An organization and every organization under it, at any depth: what a town's filter takes in (the
 * town, its villages and its units), on the structure as it stands.
 *
 * @param root    the organization the scope was drawn from
 * @param members the root and everything under it
 */
public record OrganizationScope(OrganizationId root, Set<OrganizationId> members) implements ValueObject {

    public OrganizationScope {
        Objects.requireNonNull(root, "root");
        members = Set.copyOf(members);
        if (!members.contains(root)) {
            throw new IllegalArgumentException("a scope takes in its own root");
        }
    }

    /** The scope of {@code root} among {@code organizations}, followed down their parent links. */
    public static OrganizationScope of(OrganizationId root, Collection<Organization> organizations) {
        Map<OrganizationId, List<OrganizationId>> children = new HashMap<>();
        for (Organization organization : organizations) {
            if (organization.parentId() != null) {
                children.computeIfAbsent(organization.parentId(), k -> new ArrayList<>()).add(organization.getId());
            }
        }
        Set<OrganizationId> found = new HashSet<>();
        List<OrganizationId> next = new ArrayList<>(List.of(root));
        while (!next.isEmpty()) {
            var id = next.remove(next.size() - 1);
            if (found.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return new OrganizationScope(root, found);
    }

    public boolean includes(OrganizationId organization) {
        return members.contains(organization);
    }

    public boolean includesAny(Collection<OrganizationId> organizations) {
        return organizations.stream().anyMatch(members::contains);
    }
}
