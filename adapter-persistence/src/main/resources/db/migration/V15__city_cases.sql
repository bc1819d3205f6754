-- City signals handled in a closed loop (issue 20, ADR 0018). A case is one row: its state as one JSON document,
-- with the columns its listings, the nearby look-up of repeats and the escalation scan find it by. A signal's
-- source event id belongs to one case (the one it made or joined): the receipt's key makes a second delivery fail.
-- The district's case policy (categories, calendar, short-board rule) is one document, one row at most.
CREATE TABLE case_policy (
    id          UUID          NOT NULL PRIMARY KEY,
    singleton   INTEGER       DEFAULT 1 NOT NULL CHECK (singleton = 1),
    details     VARCHAR(10000000) NOT NULL,
    version     BIGINT        NOT NULL CHECK (version >= 1),
    CONSTRAINT case_policy_one UNIQUE (singleton)
);

CREATE TABLE city_case (
    id                  UUID          NOT NULL PRIMARY KEY,
    status              VARCHAR(16)   NOT NULL,
    is_open             BOOLEAN       NOT NULL,
    category            VARCHAR(32)   NOT NULL,
    department_id       UUID          NOT NULL REFERENCES organization (id),
    town_id             UUID          REFERENCES organization (id),
    micro_grid_id       UUID,
    village_grid_id     UUID,
    area_grid_id        UUID,
    longitude           DOUBLE PRECISION NOT NULL,
    latitude            DOUBLE PRECISION NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    next_escalation_at  TIMESTAMP WITH TIME ZONE,
    details             VARCHAR(10000000) NOT NULL,
    version             BIGINT        NOT NULL CHECK (version >= 1)
);
CREATE INDEX city_case_received ON city_case (received_at, id);
CREATE INDEX city_case_nearby ON city_case (category, is_open, received_at);
CREATE INDEX city_case_escalation ON city_case (next_escalation_at);
CREATE INDEX city_case_due ON city_case (due_at);
CREATE INDEX city_case_town ON city_case (town_id, received_at);
CREATE INDEX city_case_department ON city_case (department_id, received_at);
CREATE INDEX city_case_micro_grid ON city_case (micro_grid_id);
CREATE INDEX city_case_village_grid ON city_case (village_grid_id);
CREATE INDEX city_case_area_grid ON city_case (area_grid_id);

CREATE TABLE signal_receipt (
    source      VARCHAR(16)   NOT NULL,
    event_id    VARCHAR(512)  NOT NULL,
    case_id     UUID          NOT NULL REFERENCES city_case (id),
    CONSTRAINT signal_receipt_once PRIMARY KEY (source, event_id)
);
CREATE INDEX signal_receipt_case ON signal_receipt (case_id);
