-- Obzvon schema, version 7: people and roles, sign-in, claims on contacts, undone calls kept, the audit log.

-- People are the callers table: every call, import and hand-over already names one by caller_id.
-- The one person a base had so far (its calls are theirs) becomes its first supervisor; the first
-- start asks them for a PIN.
ALTER TABLE callers ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'CALLER';
-- PBKDF2 only: "pbkdf2-sha512$iterations$salt$hash", Base64. NULL: no PIN set yet.
ALTER TABLE callers ADD COLUMN pin_hash VARCHAR(300);
ALTER TABLE callers ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
-- Each person's language; NULL: the base's (the sign-in screen's).
ALTER TABLE callers ADD COLUMN language VARCHAR(10);
-- Wrong PINs in a row, and the last one: sign-in waits longer after each.
ALTER TABLE callers ADD COLUMN failed_signins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE callers ADD COLUMN last_failed_at BIGINT;
UPDATE callers SET role = 'SUPERVISOR' WHERE id = (SELECT MIN(id) FROM callers);

-- The queues a supervisor gave each caller; supervisors may open any. Until now everyone had all.
CREATE TABLE queue_callers (
    queue_id   INTEGER NOT NULL REFERENCES call_queues (id) ON DELETE CASCADE,
    caller_id  INTEGER NOT NULL REFERENCES callers (id),
    PRIMARY KEY (caller_id, queue_id)
);
INSERT INTO queue_callers (queue_id, caller_id) SELECT q.id, c.id FROM call_queues q, callers c;

-- Counts every change of a contact's state: an undo goes ahead only while the contact is as its call left it.
ALTER TABLE contacts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calls ADD COLUMN contact_version INTEGER;

-- A contact on someone's screen: nobody else is given it until the lease runs out or is released.
-- holder: one window (a session), so one person in two windows still gets two contacts.
CREATE TABLE claims (
    contact_id  INTEGER     PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    holder      VARCHAR(40) NOT NULL,
    caller_id   INTEGER     NOT NULL REFERENCES callers (id),
    expires_at  BIGINT      NOT NULL
);
CREATE INDEX claims_holder ON claims (holder);

-- An undone call leaves the counts and the history but is kept here: who undid what, and when.
CREATE TABLE undone_calls (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER      NOT NULL REFERENCES contacts (id),
    queue_id        INTEGER      REFERENCES call_queues (id),
    caller_id       INTEGER      NOT NULL REFERENCES callers (id),
    outcome_id      INTEGER      NOT NULL REFERENCES outcome_definitions (id),
    started_at      BIGINT       NOT NULL,
    logged_at       BIGINT       NOT NULL,
    note            TEXT,
    refusal_reason  VARCHAR(30),
    callback_at     BIGINT,
    undone_at       BIGINT       NOT NULL,
    undone_by       INTEGER      NOT NULL REFERENCES callers (id)
);

-- Append-only: who did what, when, to how many. Written in the same transaction as the change.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         BIGINT        NOT NULL,
    -- NULL: nobody signed in (a wrong PIN for a name that is not in the base).
    caller_id  INTEGER       REFERENCES callers (id),
    action     VARCHAR(50)   NOT NULL,
    subject    VARCHAR(1000),
    count      INTEGER
);
CREATE INDEX audit_at ON audit (at);
-- SQLite's form; the PostgreSQL variant gets its own migration folder (a rule or a trigger function).
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Progress is per caller over all their queues today.
DROP INDEX calls_progress;
DROP INDEX calls_day;
CREATE INDEX calls_caller_day ON calls (caller_id, logged_at, outcome_id);
