package org.ronghe.adapter.http.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;

/** The towns for a list's filter, and what a town's filter takes in: the town, its villages and its units. */
final class Towns {

    private final List<OrganizationView> all;
    private final Map<OrganizationId, List<OrganizationId>> children = new HashMap<>();

    Towns(Ronghe ronghe) {
        this.all = Page.every(page -> ronghe.organizations().queries().organizations(OrganizationCriteria.all(), page));
        for (var organization : all) {
            if (organization.parentId() != null) {
                children.computeIfAbsent(organization.parentId(), k -> new ArrayList<>()).add(organization.id());
            }
        }
    }

    /** Every town, for the filter's choices, in the store's order. */
    List<Choice> choices(OrganizationId selected) {
        return all.stream().filter(o -> o.kind() == OrganizationKind.TOWN_PARTY_COMMITTEE)
                .map(o -> new Choice(o.id().toString(), o.name(), o.id().equals(selected))).toList();
    }

    /** The town and every organization under it, at any depth. */
    Set<OrganizationId> within(OrganizationId town) {
        Set<OrganizationId> found = new HashSet<>();
        List<OrganizationId> next = new ArrayList<>(List.of(town));
        while (!next.isEmpty()) {
            var id = next.remove(next.size() - 1);
            if (found.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }
}
