-- The three-level grid (issue 19, ADR 0017). A town's plan is one aggregate, read and written whole: its
-- territory and every grid drawn in it, with their dated territories (well-known text, WGS 84) and
-- responsible organizations, in one JSON document. One plan per town.
CREATE TABLE grid_plan (
    id          UUID          NOT NULL PRIMARY KEY,
    town_id     UUID          NOT NULL REFERENCES organization (id),
    town_code   VARCHAR(12)   NOT NULL,
    details     VARCHAR(10000000) NOT NULL,
    version     BIGINT        NOT NULL CHECK (version >= 1),
    CONSTRAINT grid_plan_one_per_town UNIQUE (town_id)
);
