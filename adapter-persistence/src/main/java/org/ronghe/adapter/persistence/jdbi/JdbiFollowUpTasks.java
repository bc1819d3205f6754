package org.ronghe.adapter.persistence.jdbi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;


final class JdbiFollowUpTasks implements FollowUpTasks {

    /** Pending tasks carry their due date twice, so that one index reads them in due order (V8). */
    private static final String PENDING = "pending_due_on IS NOT NULL";

    private final JdbiTransactions transactions;

    JdbiFollowUpTasks(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static FollowUpTask read(String details, long version) {
        var s = JsonDocuments.read(details, FollowUpTask.State.class);
        return FollowUpTask.restore(new FollowUpTask.State(s.id(), s.meeting(), s.resolution(), s.hostCommittee(),
                s.mechanism(), s.title(), s.assignee(), s.coAssignees(), s.createdOn(), s.dueOn(), s.status(), s.notes(),
                s.doneOn(), s.verifiedOn(), s.reopenReason(), version));
    }

    @Override
    public Optional<FollowUpTask> findById(TaskId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM follow_up_task WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).findOne());
    }

    @Override
    public void add(FollowUpTask task) {
        var s = task.state();
        transactions.write(h -> {
            h.createUpdate("""
                    INSERT INTO follow_up_task (id, meeting_id, resolution, host_committee_id, assignee_id, status, due_on,
                        pending_due_on, search_key, details, version)
                    VALUES (:id, :meeting, :resolution, :host, :assignee, :status, :dueOn, :pendingDueOn, :searchKey,
                        :details, 1)""")
                    .bind("id", s.id().value()).bind("meeting", s.meeting().value()).bind("resolution", s.resolution())
                    .bind("host", s.hostCommittee().value()).bind("assignee", s.assignee().value())
                    .bind("status", s.status().name()).bind("dueOn", s.dueOn())
                    .bindByType("pendingDueOn", pendingDueOn(s), LocalDate.class)
                    .bind("searchKey", SearchKeys.of(s.title())).bind("details", JsonDocuments.write(s)).execute();
            for (var co : s.coAssignees()) {
                h.createUpdate("INSERT INTO task_co_assignee (task_id, organization_id) VALUES (:task, :organization)")
                        .bind("task", s.id().value()).bind("organization", co.value()).execute();
            }
            return null;
        });
        task.markStored(1);
    }

    @Override
    public void update(FollowUpTask task) {
        var s = task.state();
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("follow_up_task", "task", task.getId(),
                s.id().value(), task.version()), "status = :status, pending_due_on = :pendingDueOn, details = :details",
                u -> u.bind("status", s.status().name()).bindByType("pendingDueOn", pendingDueOn(s), LocalDate.class)
                        .bind("details", JsonDocuments.write(s)));
        task.markStored(task.version() + 1);
    }

    @Override
    public Page<FollowUpTask> find(TaskCriteria criteria, PageRequest page) {
        var where = where(criteria);
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM follow_up_task" + where.sql()).bindMap(where.arguments())
                    .mapTo(Long.class).one();
            List<FollowUpTask> items = h.createQuery("SELECT details, version FROM follow_up_task" + where.sql()
                    + " ORDER BY " + order(criteria) + " LIMIT :limit OFFSET :offset").bindMap(where.arguments())
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public List<FollowUpTask> all(TaskCriteria criteria) {
        var where = where(criteria);
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM follow_up_task" + where.sql())
                .bindMap(where.arguments()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version")))
                .list());
    }

    private static LocalDate pendingDueOn(FollowUpTask.State s) {
        return s.status().isPending() ? s.dueOn() : null;
    }

    /** Overdue tasks are pending ones too. */
    private static boolean pendingOnly(TaskCriteria criteria) {
        return criteria.pendingOnly() || criteria.overdueOn() != null;
    }

    /** Pending tasks in due order are read from their own index, already sorted. */
    private static String order(TaskCriteria criteria) {
        return pendingOnly(criteria) ? "pending_due_on, id" : "due_on, id";
    }

    private static SqlWhere where(TaskCriteria criteria) {
        return SqlWhere.filter()
                .when(criteria.host(), "host_committee_id = :host", "host", v -> v.value())
                .when(criteria.meeting(), "meeting_id = :meeting", "meeting", v -> v.value())
                .when(criteria.concerning(), "(assignee_id = :concerning OR id IN (SELECT task_id FROM task_co_assignee"
                        + " WHERE organization_id = :concerning))", "concerning", v -> v.value())
                .when(criteria.status(), "status = :status", "status", Enum::name)
                .when(pendingOnly(criteria), PENDING)
                .when(criteria.overdueOn(), "pending_due_on < :overdueOn", "overdueOn", v -> v)
                .when(criteria.title(), SearchKeys.condition("search_key"), "q", SearchKeys::pattern)
                .when(criteria.within(), scope -> "(assignee_id IN (" + SearchKeys.literals(scope) + ") OR id IN (SELECT"
                        + " task_id FROM task_co_assignee WHERE organization_id IN (" + SearchKeys.literals(scope) + ")))")
                .build();
    }
}
