-- Organizations: every body that takes part. Portable SQL for H2 2.x and PostgreSQL 15.
CREATE TABLE organization (
    id            UUID         NOT NULL PRIMARY KEY,
    kind          VARCHAR(64)  NOT NULL,
    name_zh       VARCHAR(400) NOT NULL,
    name_en       VARCHAR(400),
    -- comparison key of name_zh (normalized, case-folded, no white space): unique among siblings
    name_key      VARCHAR(400) NOT NULL,
    parent_id     UUID         REFERENCES organization (id),
    -- parent_id as text, or '' at the top: a NULL would let top-level names repeat in the unique key
    parent_key    VARCHAR(36)  NOT NULL,
    jurisdiction  VARCHAR(400),
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT       NOT NULL CHECK (version >= 1),
    CONSTRAINT organization_sibling_name_unique UNIQUE (parent_key, name_key)
);

CREATE INDEX organization_parent_status_idx ON organization (parent_id, status);
CREATE INDEX organization_registration_order_idx ON organization (registered_at, id);
CREATE INDEX organization_kind_idx ON organization (kind, registered_at, id);
