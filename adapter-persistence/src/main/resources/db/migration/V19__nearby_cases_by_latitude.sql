-- A repeat is looked for among the open cases of its category within a few hundred metres: a band of latitude
-- is far narrower than the repeat window's days of cases (a flood of one category filled the window, and every
-- intake read them all), so the index ends with the latitude, and the window and the longitude are checked on
-- the few rows of the band.
DROP INDEX city_case_nearby;
CREATE INDEX city_case_nearby ON city_case (category, is_open, latitude);
