-- Co-work activities (the five forms). Columns are what listings and counts filter on; the title and
-- link live in the JSON document written whole with every version.
CREATE TABLE co_work_activity (
    id            UUID         NOT NULL PRIMARY KEY,
    form          VARCHAR(32)  NOT NULL CHECK (form IN ('PROJECTS_PROMOTED_TOGETHER', 'POSITIONS_BUILT_TOGETHER',
                      'RESEARCH_DONE_TOGETHER', 'SERVICES_DELIVERED_TOGETHER', 'CADRES_TRAINED_TOGETHER')),
    committee_id  UUID         REFERENCES fusion_committee (id),
    held_on       DATE         NOT NULL,
    withdrawn     BOOLEAN      NOT NULL,
    details       VARCHAR(100000) NOT NULL,
    version       BIGINT       NOT NULL CHECK (version >= 1)
);
CREATE INDEX co_work_activity_held_idx ON co_work_activity (held_on, id);
CREATE INDEX co_work_activity_committee_idx ON co_work_activity (committee_id, held_on);

-- Who took part: rows of their own so that "activities of an organization" is a query.
CREATE TABLE co_work_participant (
    activity_id      UUID NOT NULL REFERENCES co_work_activity (id),
    organization_id  UUID NOT NULL REFERENCES organization (id),
    PRIMARY KEY (activity_id, organization_id)
);
CREATE INDEX co_work_participant_organization_idx ON co_work_participant (organization_id);
