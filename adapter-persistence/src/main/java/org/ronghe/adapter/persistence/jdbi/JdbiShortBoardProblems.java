package org.ronghe.adapter.persistence.jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.cases.port.out.ShortBoardProblems;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.ShortBoardProblem;
import org.ronghe.domain.cases.ShortBoardProblemId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/** A short-board problem is one row (V18): its state as JSON, with the columns it is found by. */
final class JdbiShortBoardProblems implements ShortBoardProblems {

    private final JdbiTransactions transactions;

    JdbiShortBoardProblems(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static ShortBoardProblem read(String details, long version) {
        var s = JsonDocuments.read(details, ShortBoardProblem.State.class);
        return ShortBoardProblem.restore(new ShortBoardProblem.State(s.id(), s.category(), s.villageGrid(),
                s.villageGridCode(), s.town(), s.committee(), s.cases(), s.days(), s.raisedAt(), s.problem(), version));
    }

    @Override
    public Optional<ShortBoardProblem> findById(ShortBoardProblemId id) {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT details, version FROM short_board_problem WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).findOne());
    }

    @Override
    public void add(ShortBoardProblem problem) {
        var s = problem.state();
        transactions.write(h -> {
            var insert = h.createUpdate("""
                    INSERT INTO short_board_problem (id, category, village_grid_id, town_id, committee_id, raised_at,
                        details, version)
                    VALUES (:id, :category, :grid, :town, :committee, :raisedAt, :details, 1)""")
                    .bind("id", s.id().value()).bind("category", s.category()).bind("grid", s.villageGrid().value())
                    .bind("town", s.town().value())
                    .bindByType("raisedAt", JdbcValues.utc(s.raisedAt()), OffsetDateTime.class)
                    .bind("details", JsonDocuments.write(s));
            JdbcValues.uuidOrNull(insert, "committee", s.committee() == null ? null : s.committee().value());
            return insert.execute();
        });
        problem.markStored(1);
    }

    @Override
    public void update(ShortBoardProblem problem) {
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("short_board_problem", "short-board problem",
                problem.getId(), problem.getId().value(), problem.version()), "details = :details",
                u -> u.bind("details", JsonDocuments.write(problem.state())));
        problem.markStored(problem.version() + 1);
    }

    @Override
    public Optional<Instant> lastRaised(String category, GridId villageGrid) {
        return transactions.withHandle(h -> h.createQuery("SELECT MAX(raised_at) FROM short_board_problem"
                + " WHERE village_grid_id = :grid AND category = :category").bind("grid", villageGrid.value())
                .bind("category", category).mapTo(OffsetDateTime.class).findOne().map(OffsetDateTime::toInstant));
    }

    @Override
    public Page<ShortBoardProblem> find(CommitteeId committee, OrganizationId town, String category,
            PageRequest page) {
        var where = SqlWhere.filter()
                .when(committee, "committee_id = :committee", "committee", CommitteeId::value)
                .when(town, "town_id = :town", "town", OrganizationId::value)
                .when(category, "category = :category", "category", v -> v)
                .build();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM short_board_problem" + where.sql())
                    .bindMap(where.arguments()).mapTo(Long.class).one();
            List<ShortBoardProblem> items = h.createQuery("SELECT details, version FROM short_board_problem"
                    + where.sql() + " ORDER BY raised_at DESC, id LIMIT :limit OFFSET :offset")
                    .bindMap(where.arguments()).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
