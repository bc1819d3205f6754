-- API tokens: only the SHA-256 of the secret is kept.
CREATE TABLE api_token (
    id              UUID         NOT NULL PRIMARY KEY,
    -- NULL only for the bootstrap ADMIN token, made before any organization exists
    organization_id UUID         REFERENCES organization (id),
    role            VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN', 'OPERATOR', 'READER')),
    label           VARCHAR(400),
    secret_hash     CHAR(64)     NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL CHECK (version >= 1),
    CONSTRAINT api_token_secret_hash_unique UNIQUE (secret_hash)
);
CREATE INDEX api_token_organization_idx ON api_token (organization_id, issued_at, id);
CREATE INDEX api_token_issue_order_idx ON api_token (issued_at, id);

-- The audit trail: appended in the transaction of each write, never updated or deleted.
CREATE TABLE audit_entry (
    id                 UUID          NOT NULL PRIMARY KEY,
    at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_organization VARCHAR(36),
    actor_token        VARCHAR(36),
    aggregate_type     VARCHAR(64)   NOT NULL,
    aggregate_id       VARCHAR(64)   NOT NULL,
    event_type         VARCHAR(100)  NOT NULL,
    request_id         VARCHAR(100)  NOT NULL
);
CREATE INDEX audit_entry_order_idx ON audit_entry (at, id);
CREATE INDEX audit_entry_aggregate_idx ON audit_entry (aggregate_type, aggregate_id, at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor_organization, at);

CREATE TABLE audit_change (
    audit_id   UUID          NOT NULL REFERENCES audit_entry (id),
    position   INTEGER       NOT NULL,
    field      VARCHAR(100)  NOT NULL,
    old_value  VARCHAR(4000),
    new_value  VARCHAR(4000),
    PRIMARY KEY (audit_id, position)
);

-- Idempotency keys, per token; a row is claimed and completed in the transaction of the request.
CREATE TABLE idempotency_key (
    token_id         UUID           NOT NULL REFERENCES api_token (id),
    idem_key         VARCHAR(200)   NOT NULL,
    fingerprint      CHAR(64)       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(1000000),
    response_headers VARCHAR(4000),
    PRIMARY KEY (token_id, idem_key)
);
