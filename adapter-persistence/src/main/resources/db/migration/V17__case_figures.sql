-- What the case figures count, beside each case so that they are one grouped scan of this table: whether a limit
-- passed before its step, the seconds from dispatch to sign-for and from receipt to closing, and the duplicates,
-- escalations and returns it counted. Cases stored before this migration (none outside development: the
-- context came with V15 in the same release) count as on time with no durations until their next step.
ALTER TABLE city_case ADD COLUMN late BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE city_case ADD COLUMN sign_for_seconds BIGINT;
ALTER TABLE city_case ADD COLUMN close_seconds BIGINT;
ALTER TABLE city_case ADD COLUMN duplicates INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE city_case ADD COLUMN escalations INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE city_case ADD COLUMN returns INTEGER DEFAULT 0 NOT NULL;
