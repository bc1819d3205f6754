package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.Caller;

/** Issue an API token (ADMIN only). */
public interface IssueTokenUseCase {

    IssuedToken issue(Caller caller, IssueTokenCommand command);
}
