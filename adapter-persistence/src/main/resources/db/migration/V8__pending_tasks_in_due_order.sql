-- The overdue list reads pending tasks in due order, a page at a time. Under (status, due_on, id) the
-- three pending statuses are three ranges, which neither H2 nor PostgreSQL reads already in (due_on, id)
-- order: H2 sorted every overdue task for each page (9 s over a million, BENCHMARKS.md). pending_due_on
-- is the due date while the task is pending and NULL once it is done or verified: one range, in order.
ALTER TABLE follow_up_task ADD COLUMN pending_due_on DATE;
UPDATE follow_up_task SET pending_due_on = due_on WHERE status IN ('OPEN', 'IN_PROGRESS', 'REOPENED');
ALTER TABLE follow_up_task ADD CONSTRAINT follow_up_task_pending_due_on CHECK (
    CASE WHEN status IN ('OPEN', 'IN_PROGRESS', 'REOPENED')
         THEN pending_due_on IS NOT NULL AND pending_due_on = due_on
         ELSE pending_due_on IS NULL END);
CREATE INDEX follow_up_task_pending_due_idx ON follow_up_task (pending_due_on, id);
DROP INDEX follow_up_task_overdue_idx;
