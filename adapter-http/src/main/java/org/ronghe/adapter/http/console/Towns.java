package org.ronghe.adapter.http.console;

import java.util.List;

import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationScope;

/** The towns for a list's filter, and what a town's filter takes in: the town, its villages and its units. */
final class Towns {

    private final Ronghe ronghe;
    private final List<OrganizationView> towns;

    Towns(Ronghe ronghe) {
        this.ronghe = ronghe;
        this.towns = Page.every(page -> ronghe.organizations().queries().organizations(
                new OrganizationCriteria(OrganizationKind.TOWN_PARTY_COMMITTEE, null, null), page));
    }

    /** Every town, for the filter's choices, in the store's order. */
    List<Choice> choices(OrganizationId selected) {
        return towns.stream().map(o -> new Choice(o.id().toString(), o.name(), o.id().equals(selected))).toList();
    }

    /** The town's scope as the organization context draws it (null: no town chosen), as the API's lists take it. */
    OrganizationScope scope(OrganizationId town) {
        return ListFilters.scope(ronghe.organizations().queries(), town);
    }
}
