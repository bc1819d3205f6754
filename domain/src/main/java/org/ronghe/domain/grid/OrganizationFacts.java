package org.ronghe.domain.grid;

import java.util.List;
import java.util.Optional;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;

/** What the grid rules need to know of organizations, read for them by the application. */
public interface OrganizationFacts {

    /** The kind of a registered, active organization; empty for an unknown or retired one. */
    Optional<OrganizationKind> kindOf(OrganizationId organization);

    /** Whether the organization sits under the town (a village or residential organization: directly). */
    boolean sitsUnder(OrganizationId organization, OrganizationId town);

    /** The active village and residential party organizations under the town. */
    List<OrganizationId> villageOrganizationsOf(OrganizationId town);
}
