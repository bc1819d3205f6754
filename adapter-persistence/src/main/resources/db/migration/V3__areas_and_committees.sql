-- The functional layout's areas and the towns each spans.
CREATE TABLE area (
    id       UUID         NOT NULL PRIMARY KEY,
    layout   VARCHAR(8)   NOT NULL CHECK (layout IN ('CORE', 'HUB', 'AREA')),
    name_zh  VARCHAR(400) NOT NULL,
    name_en  VARCHAR(400),
    version  BIGINT       NOT NULL CHECK (version >= 1)
);
CREATE TABLE area_town (
    area_id  UUID NOT NULL REFERENCES area (id),
    town_id  UUID NOT NULL REFERENCES organization (id),
    PRIMARY KEY (area_id, town_id)
);

-- Fusion committees. standing_key names what a committee stands for while it is not dissolved
-- ('PROMOTION', 'FIELD:<field>', 'AREA:<area id>'), NULL once dissolved: its unique key makes rules
-- 1 and 2 hold even for two plans racing each other.
CREATE TABLE fusion_committee (
    id              UUID         NOT NULL PRIMARY KEY,
    tier            VARCHAR(24)  NOT NULL CHECK (tier IN ('DISTRICT_PROMOTION', 'PROFESSIONAL', 'AREA')),
    name_zh         VARCHAR(400) NOT NULL,
    name_en         VARCHAR(400),
    field           VARCHAR(16),
    area_id         UUID         REFERENCES area (id),
    parent_id       UUID         REFERENCES fusion_committee (id),
    planned_on      DATE         NOT NULL,
    established_on  DATE,
    dissolved_on    DATE,
    chair_name      VARCHAR(200),
    chair_position  VARCHAR(400),
    standing_key    VARCHAR(64),
    version         BIGINT       NOT NULL CHECK (version >= 1),
    CONSTRAINT fusion_committee_standing_unique UNIQUE (standing_key)
);

-- Memberships are appended and ended (until), never deleted: position keeps their order.
CREATE TABLE committee_membership (
    committee_id     UUID        NOT NULL REFERENCES fusion_committee (id),
    position         INTEGER     NOT NULL,
    organization_id  UUID        NOT NULL REFERENCES organization (id),
    role             VARCHAR(16) NOT NULL CHECK (role IN ('LEAD', 'COOPERATING', 'PARTICIPATING')),
    since            DATE        NOT NULL,
    until            DATE,
    PRIMARY KEY (committee_id, position)
);
CREATE INDEX committee_membership_organization_idx ON committee_membership (organization_id);

CREATE TABLE committee_rules (
    committee_id  UUID          NOT NULL REFERENCES fusion_committee (id),
    position      INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('WORK_RULES', 'PROCEDURE_RULES')),
    title         VARCHAR(400)  NOT NULL,
    version       INTEGER       NOT NULL,
    adopted_on    DATE          NOT NULL,
    text_or_link  VARCHAR(40000),
    PRIMARY KEY (committee_id, position)
);
