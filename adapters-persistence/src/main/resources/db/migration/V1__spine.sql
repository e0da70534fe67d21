-- The spine: teams, the event catalog and subscriptions.
-- Runs unchanged on PostgreSQL 15 and on H2 2.x in PostgreSQL mode (DATABASE_TO_LOWER=TRUE).
-- JSON documents are text in VARCHAR without a length: unbounded on PostgreSQL (stored like TEXT),
-- and CHARACTER VARYING of up to 1,000,000,000 characters on H2; no JSON column type is portable.
-- Timestamps are instants: TIMESTAMP WITH TIME ZONE, microsecond precision on both.

CREATE TABLE teams (
    id         UUID                     NOT NULL PRIMARY KEY,
    name       VARCHAR(100)             NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE event_types (
    name        VARCHAR(128)             NOT NULL PRIMARY KEY,
    description VARCHAR(1000)            NOT NULL,
    archived    BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE subscriptions (
    id                         UUID                     NOT NULL PRIMARY KEY,
    team_id                    UUID                     NOT NULL REFERENCES teams (id),
    url                        VARCHAR(2048)            NOT NULL,
    event_selectors            VARCHAR                  NOT NULL,
    description                VARCHAR(1000)            NOT NULL,
    headers                    VARCHAR                  NOT NULL,
    authorization_token        VARCHAR(4096),
    filter_object_type         VARCHAR(200),
    filter_object_id           VARCHAR(200),
    format                     VARCHAR(32)              NOT NULL,
    enabled                    BOOLEAN                  NOT NULL,
    disabled_reason            VARCHAR(1000),
    failing_since              TIMESTAMP WITH TIME ZONE,
    secret                     VARCHAR(200)             NOT NULL,
    previous_secret            VARCHAR(200),
    previous_secret_expires_at TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at                 TIMESTAMP WITH TIME ZONE
);

CREATE INDEX subscriptions_team_id_id ON subscriptions (team_id, id);
