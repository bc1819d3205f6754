-- Meetings of the collaboration mechanisms. Columns are what listings filter on; agenda, attendance,
-- minutes, resolutions and earlier slots are one JSON document written whole with every version.
CREATE TABLE meeting (
    id                 UUID         NOT NULL PRIMARY KEY,
    mechanism          VARCHAR(24)  NOT NULL CHECK (mechanism IN
                           ('COMPREHENSIVE_JOINT', 'ROUTINE_LIAISON', 'SPECIAL_DELIBERATION')),
    host_committee_id  UUID         NOT NULL REFERENCES fusion_committee (id),
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED')),
    start_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    details            VARCHAR(1000000) NOT NULL,
    version            BIGINT       NOT NULL CHECK (version >= 1)
);
CREATE INDEX meeting_start_idx ON meeting (start_at, id);
CREATE INDEX meeting_host_idx ON meeting (host_committee_id, start_at);

-- Follow-up tasks. (status, due_on) serves the overdue scan; co-assignees are rows of their own so
-- that "my open tasks" is a query.
CREATE TABLE follow_up_task (
    id                 UUID         NOT NULL PRIMARY KEY,
    meeting_id         UUID         NOT NULL REFERENCES meeting (id),
    resolution         INTEGER      NOT NULL,
    host_committee_id  UUID         NOT NULL REFERENCES fusion_committee (id),
    assignee_id        UUID         NOT NULL REFERENCES organization (id),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'REOPENED')),
    due_on             DATE         NOT NULL,
    details            VARCHAR(1000000) NOT NULL,
    version            BIGINT       NOT NULL CHECK (version >= 1)
);
CREATE INDEX follow_up_task_overdue_idx ON follow_up_task (status, due_on, id);
CREATE INDEX follow_up_task_host_idx ON follow_up_task (host_committee_id, status, due_on);
CREATE INDEX follow_up_task_assignee_idx ON follow_up_task (assignee_id, status);
CREATE INDEX follow_up_task_order_idx ON follow_up_task (due_on, id);

CREATE TABLE task_co_assignee (
    task_id          UUID NOT NULL REFERENCES follow_up_task (id),
    organization_id  UUID NOT NULL REFERENCES organization (id),
    PRIMARY KEY (task_id, organization_id)
);
CREATE INDEX task_co_assignee_organization_idx ON task_co_assignee (organization_id);
