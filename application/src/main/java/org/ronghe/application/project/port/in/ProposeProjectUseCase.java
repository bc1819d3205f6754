package org.ronghe.application.project.port.in;

import org.ronghe.application.shared.port.Caller;

/** Propose a domain project (ADMIN, for the principal). */
public interface ProposeProjectUseCase {

    ProjectView propose(Caller caller, ProposeProjectCommand command);
}
