-- The short-board problems the cases raised: a row each, its state as JSON, with the columns it is found by (its
-- committee's list, a town's, a category's) and the one the rule asks (the last raised of a category in a grid).
CREATE TABLE short_board_problem (
    id               UUID          NOT NULL PRIMARY KEY,
    category         VARCHAR(32)   NOT NULL,
    village_grid_id  UUID          NOT NULL,
    town_id          UUID          NOT NULL REFERENCES organization (id),
    committee_id     UUID,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    details          VARCHAR(100000) NOT NULL,
    version          BIGINT        NOT NULL CHECK (version >= 1)
);
CREATE INDEX short_board_problem_pile ON short_board_problem (village_grid_id, category, raised_at);
CREATE INDEX short_board_problem_committee ON short_board_problem (committee_id, raised_at);
CREATE INDEX short_board_problem_town ON short_board_problem (town_id, raised_at);
-- counting the cases of a category in a village grid since an instant
CREATE INDEX city_case_village_category ON city_case (village_grid_id, category, received_at);
