package org.ronghe.application.committee.port.in;

import org.ronghe.application.shared.port.Caller;

/** Adopt rules (ADMIN or the LEAD's operators). */
public interface AdoptRulesUseCase {

    CommitteeView adopt(Caller caller, AdoptRulesCommand command);
}
