package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;

final class MemoryFollowUpTasks extends MemoryAggregates<FollowUpTask, TaskId, FollowUpTask.State>
        implements FollowUpTasks {

    MemoryFollowUpTasks(MemoryTransactions transactions) {
        super(transactions, "task", new Shape<>(FollowUpTask::restore,
                FollowUpTask::getId, FollowUpTask::state, FollowUpTask::version, FollowUpTask::markStored));
    }

    @Override
    public Page<FollowUpTask> find(TaskCriteria criteria, PageRequest page) {
        return MemoryPages.of(stored().filter(criteria::matches)
                .sorted(Comparator.comparing(FollowUpTask::dueOn).thenComparing(t -> t.getId().toString())).toList(),
                page);
    }

    @Override
    public List<FollowUpTask> all(TaskCriteria criteria) {
        return stored().filter(criteria::matches).toList();
    }
}
