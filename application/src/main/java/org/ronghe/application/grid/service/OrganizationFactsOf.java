package org.ronghe.application.grid.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.domain.grid.OrganizationFacts;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;

/**
 * The organizations as the grid rules ask about them, read once per check: a plan asks about each of its
 * hundreds of grids, and one read of the organizations answers all of it.
 */
final class OrganizationFactsOf implements OrganizationFacts {

    private final Map<OrganizationId, Organization> byId = new HashMap<>();

    OrganizationFactsOf(List<Organization> organizations) {
        organizations.forEach(organization -> byId.put(organization.getId(), organization));
    }

    static OrganizationFactsOf read(Organizations organizations) {
        return new OrganizationFactsOf(organizations.all());
    }

    @Override
    public Optional<OrganizationKind> kindOf(OrganizationId organization) {
        return Optional.ofNullable(byId.get(organization)).filter(o -> o.status() == OrganizationStatus.ACTIVE)
                .map(Organization::kind);
    }

    // a village or residential organization sits directly under its town (ParentKindPolicy)
    @Override
    public boolean sitsUnder(OrganizationId organization, OrganizationId town) {
        return organization(organization).map(o -> town.equals(o.parentId())).orElse(false);
    }

    @Override
    public List<OrganizationId> villageOrganizationsOf(OrganizationId town) {
        return byId.values().stream().filter(o -> o.kind() == OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION
                && o.status() == OrganizationStatus.ACTIVE && town.equals(o.parentId())).map(Organization::getId)
                .sorted(java.util.Comparator.comparing(OrganizationId::toString)).toList();
    }

    /** The version of every organization read: what a result computed from these facts depends on. */
    Map<OrganizationId, Long> versions() {
        Map<OrganizationId, Long> versions = new HashMap<>();
        byId.forEach((id, organization) -> versions.put(id, organization.version()));
        return versions;
    }

    Optional<Organization> organization(OrganizationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    String nameOf(OrganizationId id) {
        return id == null ? null : organization(id).map(o -> o.name().zh()).orElse(null);
    }
}
