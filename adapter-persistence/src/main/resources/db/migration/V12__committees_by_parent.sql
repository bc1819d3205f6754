-- The structure of one committee lists the committees under it (GET /api/v1/structure?committeeId=):
-- read by parent, not by a scan of every committee of a province.
CREATE INDEX fusion_committee_parent_idx ON fusion_committee (parent_id);
