package org.ronghe.adapter.persistence.jdbi;

import java.util.List;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.targetsystem.port.out.TargetSystems;
import org.ronghe.domain.targetsystem.TargetSystem;
import org.ronghe.domain.targetsystem.TargetSystemId;

/** A target system is one row: its indicators and readings are read and written whole, as one JSON document. */
final class JdbiTargetSystems implements TargetSystems {

    private final JdbiTransactions transactions;

    JdbiTargetSystems(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static TargetSystem read(String details, long version) {
        var s = JsonDocuments.read(details, TargetSystem.State.class);
        return TargetSystem.restore(new TargetSystem.State(s.id(), s.title(), s.period(), s.indicators(), version));
    }

    @Override
    public Optional<TargetSystem> findById(TargetSystemId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM target_system WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version")))
                .findOne());
    }

    @Override
    public void add(TargetSystem system) {
        var s = system.state();
        transactions.write(h -> h.createUpdate("""
                INSERT INTO target_system (id, title, first_year, last_year, details, version)
                VALUES (:id, :title, :first, :last, :details, 1)""")
                .bind("id", s.id().value()).bind("title", s.title()).bind("first", s.period().firstYear())
                .bind("last", s.period().lastYear()).bind("details", JsonDocuments.write(s)).execute());
        system.markStored(1);
    }

    @Override
    public void update(TargetSystem system) {
        var s = system.state();
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("target_system", "target system",
                system.getId(), s.id().value(), system.version()), "details = :details",
                u -> u.bind("details", JsonDocuments.write(s)));
        system.markStored(system.version() + 1);
    }

    @Override
    public Page<TargetSystem> find(PageRequest page) {
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM target_system").mapTo(Long.class).one();
            List<TargetSystem> items = h.createQuery("SELECT details, version FROM target_system"
                    + " ORDER BY first_year DESC, title, id LIMIT :limit OFFSET :offset")
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
