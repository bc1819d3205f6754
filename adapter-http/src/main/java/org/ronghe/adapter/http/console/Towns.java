package org.ronghe.adapter.http.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.application.Ronghe;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationScope;

/**
 * The towns for a list's filter, what a town's filter takes in (the town, its villages and its units), and the
 * viewer's own organization with everything under it, whose work a list shows first.
 */
final class Towns {

    private final Ronghe ronghe;
    private List<OrganizationView> towns;
    private final OrganizationScope mine;

    Towns(Ronghe ronghe, Caller viewer) {
        this.ronghe = ronghe;
        // an ADMIN acts for the whole district: everything is its own, so nothing comes first
        var organization = viewer.actor().isAdmin() ? null : viewer.actor().organization();
        this.mine = organization == null ? null : ronghe.organizations().queries().scope(organization).orElse(null);
    }

    /** The viewer's organization and everything under it; null for a viewer of the whole district (an ADMIN). */
    OrganizationScope mine() {
        return mine;
    }

    /**
     * Which items are the viewer's own work, as the context answers with the viewer's scope in its criteria (so
     * no rule is restated here); none for a viewer of the whole district.
     */
    <K> Set<K> ofMine(Function<OrganizationScope, Collection<K>> ask) {
        return mine == null ? Set.of() : new HashSet<>(ask.apply(mine));
    }

    /** The items, the viewer's own first, each part in the order it had. */
    static <T> List<T> ownFirst(List<T> items, Predicate<T> own) {
        var sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> !own.test(item)));
        return sorted;
    }

    /** Every town, for the filter's choices, in the store's order. */
    List<Choice> choices(OrganizationId selected) {
        if (towns == null) { // read when a page shows the filter, not for an export or the overview
            towns = Page.every(page -> ronghe.organizations().queries().organizations(
                    new OrganizationCriteria(OrganizationKind.TOWN_PARTY_COMMITTEE, null, null), page));
        }
        return towns.stream().map(o -> new Choice(o.id().toString(), o.name(), o.id().equals(selected))).toList();
    }

    /** The town's scope as the organization context draws it (null: no town chosen), as the API's lists take it. */
    OrganizationScope scope(OrganizationId town) {
        return ListFilters.scope(ronghe.organizations().queries(), town);
    }
}
