-- On a team's PostgreSQL server each person signs in as their own role: callers.login names it
-- (NULL: none, as on a file, where nobody signs in to the base itself). PostgreSQL's V11 adds the
-- same column and the guard around it (db/postgresql/V11__guard.sql).
ALTER TABLE callers ADD COLUMN login VARCHAR(63);
CREATE UNIQUE INDEX callers_login ON callers (login);
