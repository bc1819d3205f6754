-- The domain catalogue: data, so a district adds domains without a release.
CREATE TABLE project_domain (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh  VARCHAR(400) NOT NULL,
    name_en  VARCHAR(400)
);

-- Domain projects. The columns are what listings filter on; the collections (co-organizations,
-- mechanism, links, commitments, progress updates, comments) are one JSON document, written whole
-- with every version. earliest_open_due_on (the earliest due day of a commitment not done, while the
-- project is signed or in progress) makes "at risk on day D" an indexed comparison.
CREATE TABLE domain_project (
    id                    UUID          NOT NULL PRIMARY KEY,
    domain_code           VARCHAR(40)   NOT NULL REFERENCES project_domain (code),
    title_zh              VARCHAR(400)  NOT NULL,
    title_en              VARCHAR(400),
    flag_bearer_id        UUID          NOT NULL REFERENCES organization (id),
    principal_id          UUID          NOT NULL REFERENCES organization (id),
    status                VARCHAR(16)   NOT NULL CHECK (status IN
                              ('PROPOSED', 'SIGNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    signed_on             DATE,
    earliest_open_due_on  DATE,
    details               VARCHAR(1000000) NOT NULL,
    version               BIGINT        NOT NULL CHECK (version >= 1)
);
CREATE INDEX domain_project_listing_idx ON domain_project (domain_code, id);
CREATE INDEX domain_project_flag_bearer_idx ON domain_project (flag_bearer_id);
CREATE INDEX domain_project_at_risk_idx ON domain_project (earliest_open_due_on);
