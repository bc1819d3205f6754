-- One live district party committee per store (issue 15): 'LIVE' on it, NULL on every other row, and a
-- unique key, so that two registrations at once cannot both succeed (NULLs never collide, in H2 and
-- PostgreSQL alike). A store that holds two live ones already keeps the earlier registered as the live
-- one; the other is left to be retired.
ALTER TABLE organization ADD COLUMN live_district VARCHAR(4);
UPDATE organization SET live_district = 'LIVE'
 WHERE id = (SELECT id FROM organization
              WHERE kind = 'DISTRICT_PARTY_COMMITTEE' AND status = 'ACTIVE'
              ORDER BY registered_at, id
              LIMIT 1);
ALTER TABLE organization ADD CONSTRAINT organization_one_live_district UNIQUE (live_district);
