-- Obzvon schema, version 1: the caller's workstation.
-- Portable on purpose: every statement here also runs on PostgreSQL, except the identity
-- columns, which are SQLite's INTEGER PRIMARY KEY (a PostgreSQL variant gets its own folder).
-- Instants are BIGINT epoch milliseconds: the same type, order and arithmetic on both engines.

CREATE TABLE callers (
    id         INTEGER PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at BIGINT       NOT NULL
);

CREATE TABLE settings (
    name  VARCHAR(100) PRIMARY KEY,
    value VARCHAR(2000) NOT NULL
);

CREATE TABLE scripts (
    id         INTEGER PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    created_at BIGINT       NOT NULL
);

CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    company         VARCHAR(500) NOT NULL,
    person          VARCHAR(300),
    city            VARCHAR(200),
    region          VARCHAR(200),
    time_zone       VARCHAR(64),
    size            VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN',
    category        VARCHAR(200),
    source          VARCHAR(200),
    status          VARCHAR(30)  NOT NULL DEFAULT 'NEW',
    do_not_call     BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_call_at    BIGINT,
    -- CALLBACK (promised to the prospect) or RETRY (no answer / busy); NULL: nothing due.
    next_call_kind  VARCHAR(20),
    refusal_reason  VARCHAR(30),
    created_at      BIGINT       NOT NULL
);
CREATE INDEX contacts_dispense ON contacts (status, next_call_kind, next_call_at);

CREATE TABLE contact_phones (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    number      VARCHAR(100) NOT NULL
);
CREATE INDEX contact_phones_contact ON contact_phones (contact_id);

CREATE TABLE call_queues (
    id                INTEGER PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    script_id         INTEGER REFERENCES scripts (id),
    daily_target      INTEGER      NOT NULL DEFAULT 80,
    -- The saved filter: comma-separated enum names; NULL means any.
    filter_statuses   VARCHAR(500),
    filter_sizes      VARCHAR(200),
    filter_category   VARCHAR(200),
    filter_region     VARCHAR(200),
    filter_source     VARCHAR(200),
    created_at        BIGINT       NOT NULL
);

-- What an outcome does to the contact is data, not code: supervisors can add their own.
CREATE TABLE outcome_definitions (
    id              INTEGER PRIMARY KEY,
    code            VARCHAR(50)  NOT NULL UNIQUE,
    -- NULL label: the UI shows the translated default for the code.
    label           VARCHAR(200),
    hotkey          INTEGER,
    position        INTEGER      NOT NULL,
    -- KEEP, ADVANCE (New -> Contact 1 -> 2 -> 3) or a status name.
    status_change   VARCHAR(30)  NOT NULL DEFAULT 'KEEP',
    -- NONE, RETRY (after the retry delay, within the attempt limit) or ASK (a chosen time).
    next_call       VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    asks_reason     BOOLEAN      NOT NULL DEFAULT FALSE,
    sets_do_not_call BOOLEAN     NOT NULL DEFAULT FALSE,
    is_conversation BOOLEAN      NOT NULL DEFAULT FALSE,
    is_lead         BOOLEAN      NOT NULL DEFAULT FALSE,
    active          BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE calls (
    id                   INTEGER PRIMARY KEY,
    contact_id           INTEGER      NOT NULL REFERENCES contacts (id),
    queue_id             INTEGER      REFERENCES call_queues (id),
    caller_id            INTEGER      NOT NULL REFERENCES callers (id),
    outcome_id           INTEGER      NOT NULL REFERENCES outcome_definitions (id),
    started_at           BIGINT       NOT NULL,
    logged_at            BIGINT       NOT NULL,
    duration_seconds     INTEGER      NOT NULL DEFAULT 0,
    note                 TEXT,
    refusal_reason       VARCHAR(30),
    callback_at          BIGINT,
    -- The contact as it was before this call, so an undo restores it exactly.
    prev_status          VARCHAR(30)  NOT NULL,
    prev_attempts        INTEGER      NOT NULL,
    prev_next_call_at    BIGINT,
    prev_next_call_kind  VARCHAR(20),
    prev_do_not_call     BOOLEAN      NOT NULL,
    prev_refusal_reason  VARCHAR(30)
);
CREATE INDEX calls_contact ON calls (contact_id, started_at);
CREATE INDEX calls_day ON calls (caller_id, logged_at);

INSERT INTO callers (id, name, created_at) VALUES (1, '', 0);

INSERT INTO outcome_definitions
    (code, hotkey, position, status_change, next_call, asks_reason, sets_do_not_call, is_conversation, is_lead)
VALUES
    ('no_answer',      1, 1, 'KEEP',         'RETRY', FALSE, FALSE, FALSE, FALSE),
    ('busy',           2, 2, 'KEEP',         'RETRY', FALSE, FALSE, FALSE, FALSE),
    ('call_back',      3, 3, 'ADVANCE',      'ASK',   FALSE, FALSE, TRUE,  FALSE),
    ('not_interested', 4, 4, 'REFUSED',      'NONE',  TRUE,  FALSE, TRUE,  FALSE),
    ('wrong_number',   5, 5, 'WRONG_NUMBER', 'NONE',  FALSE, FALSE, FALSE, FALSE),
    ('qualified_lead', 6, 6, 'QUALIFIED',    'NONE',  FALSE, FALSE, TRUE,  TRUE),
    ('meeting_booked', 7, 7, 'QUALIFIED',    'ASK',   FALSE, FALSE, TRUE,  TRUE),
    ('do_not_call',    8, 8, 'KEEP',         'NONE',  FALSE, TRUE,  TRUE,  FALSE);
