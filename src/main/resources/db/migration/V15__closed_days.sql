-- The dashboard's closed days, added up once: a day over (an hour past its end in a zone) never
-- changes, so the first read of it keeps its figures here and later reads take them from here
-- instead of the day's calls (TeamFigures.period, JooqFiguresRepository). Days are a zone's (the
-- reading PC's clock), as epoch days; the hours are that zone's too. Derived rows only: an
-- outcome's is_conversation, is_lead or is_meeting changed forgets them all (JooqOutcomeRepository).
-- PostgreSQL's V15 is the same tables (db/postgresql/V15__closed_days.sql).

-- A day kept, even one without calls.
CREATE TABLE tallied_days (
    zone VARCHAR(40) NOT NULL,
    day  INTEGER     NOT NULL,
    PRIMARY KEY (zone, day)
) WITHOUT ROWID;

CREATE TABLE day_tallies (
    zone          VARCHAR(40) NOT NULL,
    day           INTEGER     NOT NULL,
    caller_id     INTEGER     NOT NULL REFERENCES callers (id),
    calls         INTEGER     NOT NULL,
    conversations INTEGER     NOT NULL,
    leads         INTEGER     NOT NULL,
    meetings      INTEGER     NOT NULL,
    seconds       BIGINT      NOT NULL,
    PRIMARY KEY (zone, day, caller_id)
) WITHOUT ROWID;

-- Calls per hour of the day (0-23), for the hours chart.
CREATE TABLE hour_tallies (
    zone      VARCHAR(40) NOT NULL,
    day       INTEGER     NOT NULL,
    hour      INTEGER     NOT NULL,
    caller_id INTEGER     NOT NULL REFERENCES callers (id),
    calls     INTEGER     NOT NULL,
    PRIMARY KEY (zone, day, hour, caller_id)
) WITHOUT ROWID;

-- Conversations by the step they ended at (coaching).
CREATE TABLE ending_tallies (
    zone          VARCHAR(40)  NOT NULL,
    day           INTEGER      NOT NULL,
    caller_id     INTEGER      NOT NULL REFERENCES callers (id),
    step_key      VARCHAR(200) NOT NULL,
    conversations INTEGER      NOT NULL,
    PRIMARY KEY (zone, day, caller_id, step_key)
) WITHOUT ROWID;
