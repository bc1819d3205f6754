-- The short-board rule counts, on each intake, the cases of one category in one village grid since a day: with the
-- grid alone indexed, that count read every case the grid ever had, whole rows included, and grew with the store.
-- Grid, category and receipt together answer it from the index; lookups by the grid alone still use its prefix.
DROP INDEX city_case_village_grid;
CREATE INDEX city_case_village_grid ON city_case (village_grid_id, category, received_at);
