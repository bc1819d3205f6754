package org.ronghe.application.project.port.in;

import org.ronghe.application.shared.port.Caller;

/**
 * Move a project through its life: the principal (ADMIN) signs, suspends, resumes and cancels; the
 * flag-bearer's operators start, report progress and complete; co-organizations comment.
 */
public interface ChangeProjectUseCase {

    ProjectView change(Caller caller, ProjectChange change);
}
