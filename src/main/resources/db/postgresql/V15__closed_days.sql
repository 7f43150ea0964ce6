-- The dashboard's closed days: SQLite's V15 (db/migration/V15__closed_days.sql) in PostgreSQL's
-- types, and the guard's privileges for them.

CREATE TABLE tallied_days (
    zone varchar(40) COLLATE "C" NOT NULL,
    day  integer                 NOT NULL,
    PRIMARY KEY (zone, day)
);

CREATE TABLE day_tallies (
    zone          varchar(40) COLLATE "C" NOT NULL,
    day           integer                 NOT NULL,
    caller_id     integer                 NOT NULL REFERENCES callers (id),
    calls         integer                 NOT NULL,
    conversations integer                 NOT NULL,
    leads         integer                 NOT NULL,
    meetings      integer                 NOT NULL,
    seconds       bigint                  NOT NULL,
    PRIMARY KEY (zone, day, caller_id)
);

CREATE TABLE hour_tallies (
    zone      varchar(40) COLLATE "C" NOT NULL,
    day       integer                 NOT NULL,
    hour      integer                 NOT NULL,
    caller_id integer                 NOT NULL REFERENCES callers (id),
    calls     integer                 NOT NULL,
    PRIMARY KEY (zone, day, hour, caller_id)
);

CREATE TABLE ending_tallies (
    zone          varchar(40) COLLATE "C"  NOT NULL,
    day           integer                  NOT NULL,
    caller_id     integer                  NOT NULL REFERENCES callers (id),
    step_key      varchar(200) COLLATE "C" NOT NULL,
    conversations integer                  NOT NULL,
    PRIMARY KEY (zone, day, caller_id, step_key)
);

-- Supervisors read and keep closed days by default (V11's default privileges: SELECT, INSERT) and
-- forget them when an outcome's counting changes. Callers neither read nor write them: their
-- figures are the dashboard's, a supervisor's.
DO $guard$
DECLARE
    s guard.settings;
BEGIN
    SELECT * INTO s FROM guard.settings;
    EXECUTE format('GRANT DELETE ON tallied_days, day_tallies, hour_tallies, ending_tallies TO %I', s.supervisors);
END;
$guard$;
