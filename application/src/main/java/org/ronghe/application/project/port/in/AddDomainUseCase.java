package org.ronghe.application.project.port.in;

import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.project.DomainDefinition;

/** Add a domain to the catalogue (ADMIN). */
public interface AddDomainUseCase {

    DomainDefinition add(Caller caller, DomainDefinition domain);
}
