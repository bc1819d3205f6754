package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;

/** Reading organizations. */
public interface OrganizationQueries {

    /** @throws org.ronghe.domain.shared.AggregateNotFoundException if there is none with that id */
    OrganizationView organization(OrganizationId id);

    /**
     * The organization and every organization under it, at any depth, on the structure as it stands: what a
     * town's filter on a list takes in (the town, its villages and its units). Empty if there is none with that id.
     */
    java.util.Optional<org.ronghe.domain.organization.OrganizationScope> scope(OrganizationId root);

    /** A page of the organizations that match, in registration order. */
    Page<OrganizationView> organizations(OrganizationCriteria criteria, PageRequest page);
}
