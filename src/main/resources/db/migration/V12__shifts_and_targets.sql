-- The supervisor's day, part one: shifts and pauses, targets per caller, meetings counted apart.
-- PostgreSQL's V12 is the same schema with its identity columns and the guard's privileges
-- (db/postgresql/V12__shifts_and_targets.sql).

-- A booked meeting is a lead that went further: the dashboard's funnel counts it on its own.
ALTER TABLE outcome_definitions ADD COLUMN is_meeting BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE outcome_definitions SET is_meeting = TRUE WHERE code = 'meeting_booked';

-- A caller's own targets, set by the supervisor (NULL: the queue's daily target, no leads target):
-- calls in a full day, the qualified leads a day the next stage needs of them, the preset chosen
-- (NULL: a number typed), and the length of their usual shift in minutes (NULL: a full day).
ALTER TABLE callers ADD COLUMN daily_target  INTEGER;
ALTER TABLE callers ADD COLUMN daily_leads   INTEGER;
ALTER TABLE callers ADD COLUMN target_preset VARCHAR(30);
ALTER TABLE callers ADD COLUMN shift_minutes INTEGER;

-- A caller's shift: planned when it starts, ended by hand, by signing out or by the next one.
CREATE TABLE shifts (
    id             INTEGER PRIMARY KEY,
    caller_id      INTEGER NOT NULL REFERENCES callers (id),
    started_at     BIGINT  NOT NULL,
    planned_end_at BIGINT  NOT NULL,
    ended_at       BIGINT
);
CREATE INDEX shifts_caller ON shifts (caller_id, started_at);
CREATE INDEX shifts_started ON shifts (started_at);

-- A pause within a shift: BREAK, TRAINING, TECHNICAL or OTHER; open while ended_at is NULL.
CREATE TABLE pauses (
    id         INTEGER PRIMARY KEY,
    shift_id   INTEGER     NOT NULL REFERENCES shifts (id),
    reason     VARCHAR(20) NOT NULL,
    started_at BIGINT      NOT NULL,
    ended_at   BIGINT
);
CREATE INDEX pauses_shift ON pauses (shift_id, started_at);

-- The team's day read by the hour (the dashboard, the reports): calls by the time they were logged.
CREATE INDEX calls_logged ON calls (logged_at);
