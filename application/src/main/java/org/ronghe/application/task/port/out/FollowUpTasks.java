package org.ronghe.application.task.port.out;

import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;

/** All follow-up tasks. Implementations must pass the adapter contract kit; overdue listings are index-backed. */
public interface FollowUpTasks extends AggregateRepository<FollowUpTask, TaskId> {

    /** Matching tasks by due day, then id. */
    Page<FollowUpTask> find(TaskCriteria criteria, PageRequest page);

    /**
     * Every matching task in one read, in no particular order: for counts over all tasks (closure
     * rates, live figures). Reading them page by page re-reads every earlier page (BENCHMARKS.md).
     */
    List<FollowUpTask> all(TaskCriteria criteria);
}
