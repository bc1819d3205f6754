package org.ronghe.application.cases.port.out;

import java.util.Optional;

import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CasePolicyId;

/**
 * The district's case policy: one at most. Adding a second fails with
 * {@link org.ronghe.domain.cases.CasePolicyExistsException}. Implementations must pass the contract kit.
 */
public interface CasePolicies extends AggregateRepository<CasePolicy, CasePolicyId> {

    Optional<CasePolicy> current();
}
