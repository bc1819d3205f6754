package org.ronghe.adapter.persistence.memory;

import java.util.Optional;

import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CasePolicyExistsException;
import org.ronghe.domain.cases.CasePolicyId;

final class MemoryCasePolicies extends MemoryAggregates<CasePolicy, CasePolicyId, CasePolicy.State>
        implements CasePolicies {

    private final MemoryTransactions transactions;

    MemoryCasePolicies(MemoryTransactions transactions) {
        super(transactions, "case policy", new Shape<>(CasePolicy::restore, CasePolicy::getId, CasePolicy::state,
                CasePolicy::version, CasePolicy::markStored));
        this.transactions = transactions;
    }

    @Override
    public void add(CasePolicy policy) {
        // one policy, as the database's unique key keeps it
        transactions.atomically(() -> {
            if (current().isPresent()) {
                throw new CasePolicyExistsException();
            }
            super.add(policy);
            return null;
        });
    }

    @Override
    public Optional<CasePolicy> current() {
        return stored().findFirst();
    }
}
