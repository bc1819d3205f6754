package org.ronghe.application.project;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.project.port.in.ProjectCommands;
import org.ronghe.application.project.port.in.ProjectQueries;
import org.ronghe.application.project.port.out.DomainProjects;
import org.ronghe.application.project.service.ProjectAudit;
import org.ronghe.application.project.service.ProjectQueryService;
import org.ronghe.application.project.service.ProjectService;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.domain.project.DomainProject;

/** Domain projects: the work each department owns under a signed agreement, commitment by commitment. */
public record ProjectModule(ProjectCommands commands, ProjectQueries queries) {

    public static ProjectModule on(DomainProjects projects, Organizations organizations, Platform platform) {
        var writes = platform.writes("project", projects, DomainProject::version, ProjectAudit.descriptions());
        return new ProjectModule(new ProjectService(projects, organizations, writes),
                new ProjectQueryService(projects, organizations, platform.clock()));
    }
}
