-- Obzvon schema, version 2: loading cold bases and handing qualified leads to the next stage.

-- One load of a base from a file (or the command line), with its counts as the summary showed them.
CREATE TABLE imports (
    id                  INTEGER PRIMARY KEY,
    file_name           VARCHAR(500) NOT NULL,
    started_at          BIGINT       NOT NULL,
    caller_id           INTEGER      NOT NULL REFERENCES callers (id),
    rows_read           INTEGER      NOT NULL DEFAULT 0,
    imported            INTEGER      NOT NULL DEFAULT 0,
    duplicates_in_file  INTEGER      NOT NULL DEFAULT 0,
    duplicates_in_base  INTEGER      NOT NULL DEFAULT 0,
    rejected            INTEGER      NOT NULL DEFAULT 0
);

ALTER TABLE contacts ADD COLUMN tax_id VARCHAR(20);
ALTER TABLE contacts ADD COLUMN email VARCHAR(300);
ALTER TABLE contacts ADD COLUMN website VARCHAR(300);
ALTER TABLE contacts ADD COLUMN import_id INTEGER REFERENCES imports (id);

-- A number as written, in E.164, its extension, and the time zone it rings in (for calling hours).
ALTER TABLE contact_phones ADD COLUMN e164 VARCHAR(20);
ALTER TABLE contact_phones ADD COLUMN extension VARCHAR(20);
ALTER TABLE contact_phones ADD COLUMN time_zone VARCHAR(64);
CREATE INDEX contact_phones_e164 ON contact_phones (e164);

-- Columns of an imported file that map to no field of ours: kept, and shown on the card.
CREATE TABLE contact_fields (
    contact_id  INTEGER      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    value       TEXT         NOT NULL,
    PRIMARY KEY (contact_id, position)
);

-- Contacts put into a queue by hand (an import straight into a queue), besides its filter.
CREATE TABLE queue_members (
    queue_id    INTEGER NOT NULL REFERENCES call_queues (id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    PRIMARY KEY (queue_id, contact_id)
);
CREATE INDEX queue_members_contact ON queue_members (contact_id);

-- A batch of qualified leads handed to stage 2: when, by whom, with which criteria.
CREATE TABLE handovers (
    id          INTEGER PRIMARY KEY,
    created_at  BIGINT        NOT NULL,
    caller_id   INTEGER       NOT NULL REFERENCES callers (id),
    lead_count  INTEGER       NOT NULL,
    criteria    VARCHAR(2000) NOT NULL
);

-- Which call (and so which contact) each batch handed over; a contact is handed over once.
CREATE TABLE handover_leads (
    handover_id INTEGER NOT NULL REFERENCES handovers (id),
    call_id     INTEGER NOT NULL REFERENCES calls (id),
    contact_id  INTEGER NOT NULL REFERENCES contacts (id),
    PRIMARY KEY (handover_id, call_id)
);
CREATE INDEX handover_leads_contact ON handover_leads (contact_id);
CREATE INDEX calls_outcome ON calls (outcome_id, logged_at);
