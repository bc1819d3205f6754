package org.ronghe.application.organization;

import org.ronghe.application.organization.port.in.OrganizationCommands;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.organization.service.OrganizationAudit;
import org.ronghe.application.organization.service.OrganizationQueryService;
import org.ronghe.application.organization.service.OrganizationService;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.organization.Organization;

/** The organization structure: the district, its towns, departments, villages and enterprises, and where each sits. */
public record OrganizationModule(OrganizationCommands commands, OrganizationQueries queries) {

    public static OrganizationModule on(Organizations organizations, Platform platform) {
        var writes = platform.writes("organization", organizations, Organization::version,
                OrganizationAudit.descriptions());
        return new OrganizationModule(new OrganizationService(organizations, writes),
                new OrganizationQueryService(organizations));
    }
}
