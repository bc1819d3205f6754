package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;

final class MemoryFollowUpTasks implements FollowUpTasks {

    private final VersionedRows<TaskId, FollowUpTask.State> rows;

    MemoryFollowUpTasks(MemoryTransactions transactions) {
        this.rows = new VersionedRows<>(transactions, "task");
    }

    private static FollowUpTask toTask(VersionedRows.Versioned<FollowUpTask.State> v) {
        var s = v.row();
        return FollowUpTask.restore(new FollowUpTask.State(s.id(), s.meeting(), s.resolution(), s.hostCommittee(),
                s.mechanism(), s.title(), s.assignee(), s.coAssignees(), s.createdOn(), s.dueOn(), s.status(), s.notes(),
                s.doneOn(), s.verifiedOn(), s.reopenReason(), v.version()));
    }

    @Override
    public Optional<FollowUpTask> findById(TaskId id) {
        return rows.get(id).map(MemoryFollowUpTasks::toTask);
    }

    @Override
    public void add(FollowUpTask task) {
        rows.insert(task.getId(), task.state());
        task.markStored(1);
    }

    @Override
    public void update(FollowUpTask task) {
        task.markStored(rows.update(task.getId(), task.version(), task.state()));
    }

    @Override
    public Page<FollowUpTask> find(TaskCriteria criteria, PageRequest page) {
        return MemoryPages.of(rows.all().map(MemoryFollowUpTasks::toTask).filter(criteria::matches)
                .sorted(Comparator.comparing(FollowUpTask::dueOn).thenComparing(t -> t.getId().toString())).toList(),
                page);
    }

    @Override
    public List<FollowUpTask> all(TaskCriteria criteria) {
        return rows.all().map(MemoryFollowUpTasks::toTask).filter(criteria::matches).toList();
    }
}
