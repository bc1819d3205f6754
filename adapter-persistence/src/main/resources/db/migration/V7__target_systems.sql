-- Target systems (rule 8). A system is read and written whole: its indicators and their append-only
-- readings live in one JSON document, versioned as one aggregate. Attainment is never stored.
-- 10,000,000 characters leaves room for thousands of indicators with years of readings on both backends.
CREATE TABLE target_system (
    id          UUID          NOT NULL PRIMARY KEY,
    title       VARCHAR(400)  NOT NULL,
    first_year  INTEGER       NOT NULL,
    last_year   INTEGER       NOT NULL CHECK (last_year >= first_year),
    details     VARCHAR(10000000) NOT NULL,
    version     BIGINT        NOT NULL CHECK (version >= 1)
);
CREATE INDEX target_system_period_idx ON target_system (first_year DESC, title, id);
