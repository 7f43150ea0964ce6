-- Obzvon schema, version 9: the conveyor's rules. Calling hours in the prospect's own time, a
-- working list and a deadline per caller's company, callbacks that belong to their caller.

-- Calling hours, in each company's local time: minutes from midnight, ISO day digits (Monday 1).
ALTER TABLE call_queues ADD COLUMN hours_open   INTEGER    NOT NULL DEFAULT 540;
ALTER TABLE call_queues ADD COLUMN hours_close  INTEGER    NOT NULL DEFAULT 1200;
ALTER TABLE call_queues ADD COLUMN hours_days   VARCHAR(7) NOT NULL DEFAULT '12345';
ALTER TABLE call_queues ADD COLUMN lunch_from   INTEGER;
ALTER TABLE call_queues ADD COLUMN lunch_to     INTEGER;
-- The filter by the companies' time zone (one zone id; NULL: any).
ALTER TABLE call_queues ADD COLUMN filter_time_zone VARCHAR(64);
-- The working list: at most this many companies in a caller's active work (Contact 1-3).
ALTER TABLE call_queues ADD COLUMN working_list INTEGER    NOT NULL DEFAULT 70;
-- The deadline: days of active work from the first contact; then the company goes to expire_to.
ALTER TABLE call_queues ADD COLUMN deadline_days INTEGER   NOT NULL DEFAULT 30;
ALTER TABLE call_queues ADD COLUMN expire_to    VARCHAR(30) NOT NULL DEFAULT 'STRATEGIC_RESERVE';
-- Whether anyone in the queue may take a due callback while its caller is away (no window open).
ALTER TABLE call_queues ADD COLUMN shared_callbacks BOOLEAN NOT NULL DEFAULT FALSE;

-- The rule table, edited in a window: an outcome's English label (label stays the Russian one), its
-- colour on the outcome bar, and its own retry delay and attempt limit (NULL: the settings').
ALTER TABLE outcome_definitions ADD COLUMN label_en VARCHAR(200);
ALTER TABLE outcome_definitions ADD COLUMN colour VARCHAR(9);
ALTER TABLE outcome_definitions ADD COLUMN retry_delay_minutes INTEGER;
ALTER TABLE outcome_definitions ADD COLUMN retry_max_attempts INTEGER;

-- The caller whose working list holds the company (their callbacks reach them in any queue), until
-- when, and the queue whose rules it is worked by. NULL: nobody's.
ALTER TABLE contacts ADD COLUMN owner_id      INTEGER REFERENCES callers (id);
ALTER TABLE contacts ADD COLUMN work_until    BIGINT;
ALTER TABLE contacts ADD COLUMN work_queue_id INTEGER REFERENCES call_queues (id);
ALTER TABLE calls ADD COLUMN prev_owner_id      INTEGER;
ALTER TABLE calls ADD COLUMN prev_work_until    BIGINT;
ALTER TABLE calls ADD COLUMN prev_work_queue_id INTEGER;

-- A callback promised before this version belongs to the caller whose call agreed its time.
UPDATE contacts SET owner_id = (
        SELECT calls.caller_id FROM calls
        WHERE calls.contact_id = contacts.id AND calls.callback_at = contacts.next_call_at
        ORDER BY calls.id DESC LIMIT 1)
    WHERE next_call_kind = 'CALLBACK';

-- One caller's companies: their callbacks by due time (then id, so no sort), and their working list
-- counted, from the index. With the id in it SQLite prefers it to contacts_next_call, which would read
-- every caller's due callbacks to find one of this caller's.
CREATE INDEX contacts_owner ON contacts (owner_id, next_call_kind, next_call_at, id, status, do_not_call)
    WHERE owner_id IS NOT NULL;
-- Deadlines that pass, found without reading the companies nobody works.
CREATE INDEX contacts_work_until ON contacts (work_until) WHERE work_until IS NOT NULL;
-- Whether a caller has a window open (their claims), for callbacks shared while they are away.
CREATE INDEX claims_caller ON claims (caller_id, expires_at);

-- Companies whose deadline passed: where they went, so the caller and the supervisor see them.
CREATE TABLE work_expiries (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER     NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    caller_id   INTEGER     NOT NULL REFERENCES callers (id),
    queue_id    INTEGER     REFERENCES call_queues (id),
    status_from VARCHAR(30) NOT NULL,
    status_to   VARCHAR(30) NOT NULL,
    at          BIGINT      NOT NULL
);
CREATE INDEX work_expiries_at ON work_expiries (at);

-- The time zones the companies are in, kept as they are written: calling hours are checked
-- against these few, not against every zone in the world.
CREATE TABLE time_zones (
    zone VARCHAR(64) PRIMARY KEY
);
INSERT INTO time_zones (zone) SELECT DISTINCT time_zone FROM contacts WHERE time_zone IS NOT NULL;

-- Never-called companies by zone: an empty queue finds one waiting for its calling hours by a few
-- look-ups, one per closed zone, instead of reading them all.
CREATE INDEX contacts_waiting ON contacts (time_zone) WHERE attempts = 0 AND next_call_kind IS NULL;

-- The dispensing indexes again, with the time zone and the owner, so calling hours and others'
-- companies are checked in the index, not by reading rows.
DROP INDEX contacts_never_called;
CREATE INDEX contacts_never_called
    ON contacts (id, status, do_not_call, time_zone, size, region, category, source)
    WHERE attempts = 0 AND next_call_kind IS NULL;
DROP INDEX contacts_next_call;
CREATE INDEX contacts_next_call
    ON contacts (next_call_kind, next_call_at, id, attempts, status, do_not_call, time_zone, owner_id, size, region,
                 category, source)
    WHERE next_call_kind IS NOT NULL;
