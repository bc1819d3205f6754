package org.ronghe.application.organization.service;

import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;

public record OrganizationQueryService(Organizations organizations) implements OrganizationQueries {

    @Override
    public OrganizationView organization(OrganizationId id) {
        return organizations.findById(id).map(OrganizationView::of)
                .orElseThrow(() -> new AggregateNotFoundException("organization", id));
    }

    @Override
    public java.util.Optional<org.ronghe.domain.organization.OrganizationScope> scope(OrganizationId root) {
        // One read of the whole structure: a district has hundreds of organizations, not millions.
        var all = organizations.all();
        return all.stream().anyMatch(o -> o.getId().equals(root))
                ? java.util.Optional.of(org.ronghe.domain.organization.OrganizationScope.of(root, all))
                : java.util.Optional.empty();
    }

    @Override
    public Page<OrganizationView> organizations(OrganizationCriteria criteria, PageRequest page) {
        return organizations.find(criteria, page).map(OrganizationView::of);
    }
}
