package org.ronghe.adapter.persistence.jdbi;

import java.util.Optional;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.cases.port.out.CasePolicies;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CasePolicyExistsException;
import org.ronghe.domain.cases.CasePolicyId;

/** The district's case policy: one row (V15), its state record as JSON. */
final class JdbiCasePolicies implements CasePolicies {

    private final JdbiTransactions transactions;

    JdbiCasePolicies(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static CasePolicy read(String details, long version) {
        var s = JsonDocuments.read(details, CasePolicy.State.class);
        return CasePolicy.restore(new CasePolicy.State(s.id(), s.categories(), s.calendar(), s.shortBoard(), version));
    }

    @Override
    public Optional<CasePolicy> findById(CasePolicyId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM case_policy WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version")))
                .findOne());
    }

    /** The policy last read, kept while its version stands (ADR 0008): every intake reads it. */
    private volatile CasePolicy.State cached;

    @Override
    public Optional<CasePolicy> current() {
        return transactions.withHandle(h -> {
            var version = h.createQuery("SELECT version FROM case_policy").mapTo(Long.class).findOne();
            if (version.isEmpty()) {
                return Optional.empty();
            }
            var known = cached;
            if (known != null && known.version() == version.get()) {
                return Optional.of(CasePolicy.restore(known));
            }
            var read = h.createQuery("SELECT details, version FROM case_policy")
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).findOne();
            read.ifPresent(policy -> cached = policy.state());
            return read;
        });
    }

    @Override
    public void add(CasePolicy policy) {
        try {
            transactions.write(h -> h.createUpdate(
                    "INSERT INTO case_policy (id, details, version) VALUES (:id, :details, 1)")
                    .bind("id", policy.getId().value()).bind("details", JsonDocuments.write(policy.state())).execute());
        } catch (UnableToExecuteStatementException e) {
            if (SqlStates.names(e, "case_policy_one")) {
                throw new CasePolicyExistsException();
            }
            throw e;
        }
        policy.markStored(1);
    }

    @Override
    public void update(CasePolicy policy) {
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("case_policy", "case policy", policy.getId(),
                policy.getId().value(), policy.version()), "details = :details",
                u -> u.bind("details", JsonDocuments.write(policy.state())));
        policy.markStored(policy.version() + 1);
    }
}
