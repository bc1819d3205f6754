package org.ronghe.adapter.persistence.jdbi;

import java.sql.Types;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.ronghe.application.activity.port.out.Activities;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.activity.ActivityCriteria;
import org.ronghe.domain.activity.ActivityId;
import org.ronghe.domain.activity.CoWorkActivity;

final class JdbiActivities implements Activities {

    private final JdbiTransactions transactions;

    JdbiActivities(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static CoWorkActivity read(String details, long version) {
        var s = JsonDocuments.read(details, CoWorkActivity.State.class);
        return CoWorkActivity.restore(new CoWorkActivity.State(s.id(), s.form(), s.title(), s.committee(),
                s.organizations(), s.heldOn(), s.link(), s.withdrawn(), s.withdrawReason(), version));
    }

    @Override
    public Optional<CoWorkActivity> findById(ActivityId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM co_work_activity WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).findOne());
    }

    @Override
    public void add(CoWorkActivity activity) {
        var s = activity.state();
        transactions.write(h -> {
            var insert = h.createUpdate("""
                    INSERT INTO co_work_activity (id, form, committee_id, held_on, withdrawn, details, version)
                    VALUES (:id, :form, :committee, :heldOn, :withdrawn, :details, 1)""")
                    .bind("id", s.id().value()).bind("form", s.form().name()).bind("heldOn", s.heldOn())
                    .bind("withdrawn", s.withdrawn()).bind("details", JsonDocuments.write(s));
            if (s.committee() == null) {
                insert.bindNull("committee", Types.OTHER); // PostgreSQL refuses a VARCHAR NULL for a UUID
            } else {
                insert.bind("committee", s.committee().value());
            }
            insert.execute();
            participants(h, s);
            return null;
        });
        activity.markStored(1);
    }

    private static void participants(Handle h, CoWorkActivity.State s) {
        var batch = h.prepareBatch("INSERT INTO co_work_participant (activity_id, organization_id) VALUES (:a, :o)");
        s.organizations().forEach(o -> batch.bind("a", s.id().value()).bind("o", o.value()).add());
        batch.execute();
    }

    @Override
    public void update(CoWorkActivity activity) {
        var s = activity.state();
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("co_work_activity", "activity", activity.getId(),
                s.id().value(), activity.version()), "withdrawn = :withdrawn, details = :details",
                u -> u.bind("withdrawn", s.withdrawn()).bind("details", JsonDocuments.write(s)));
        activity.markStored(activity.version() + 1);
    }

    private static SqlWhere where(ActivityCriteria criteria) {
        return SqlWhere.filter()
                .when(criteria.form(), "form = :form", "form", Enum::name)
                .when(criteria.committee(), "committee_id = :committee", "committee", v -> v.value())
                .when(criteria.organization(), "EXISTS (SELECT 1 FROM co_work_participant p"
                        + " WHERE p.activity_id = co_work_activity.id AND p.organization_id = :organization)",
                        "organization", v -> v.value())
                .when(criteria.from(), "held_on >= :from", "from", v -> v)
                .when(criteria.until(), "held_on < :until", "until", v -> v)
                .when(!criteria.includeWithdrawn(), "withdrawn = FALSE")
                .build();
    }

    @Override
    public Page<CoWorkActivity> find(ActivityCriteria criteria, PageRequest page) {
        var where = where(criteria);
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM co_work_activity" + where.sql()).bindMap(where.arguments())
                    .mapTo(Long.class).one();
            List<CoWorkActivity> items = h.createQuery("SELECT details, version FROM co_work_activity" + where.sql()
                    + " ORDER BY held_on DESC, id LIMIT :limit OFFSET :offset").bindMap(where.arguments())
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public List<CoWorkActivity> all(ActivityCriteria criteria) {
        var where = where(criteria);
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM co_work_activity" + where.sql()
                + " ORDER BY held_on DESC, id").bindMap(where.arguments())
                .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list());
    }
}
