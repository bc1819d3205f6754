package org.ronghe.application.project.port.in;

import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.project.DomainDefinition;

/**
 * Every write to domain projects: the principal (ADMIN) keeps the catalogue of domains, proposes,
 * signs, suspends, resumes and cancels; the flag-bearer's operators start, report progress and
 * complete; co-organizations comment.
 */
public interface ProjectCommands {

    /** Add a domain to the catalogue (ADMIN). */
    DomainDefinition addDomain(Caller caller, DomainDefinition domain);

    /** Propose a domain project (ADMIN, for the principal). */
    ProjectView propose(Caller caller, ProposeProjectCommand command);

    ProjectView change(Caller caller, ProjectChange change);
}
