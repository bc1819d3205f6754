package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;

/** Reading organizations. */
public interface OrganizationQueries {

    /** @throws org.ronghe.domain.shared.AggregateNotFoundException if there is none with that id */
    OrganizationView organization(OrganizationId id);

    /** A page of the organizations that match, in registration order. */
    Page<OrganizationView> organizations(OrganizationCriteria criteria, PageRequest page);
}
