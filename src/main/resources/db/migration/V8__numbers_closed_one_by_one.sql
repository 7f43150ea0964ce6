-- Obzvon schema, version 8: "wrong number" and "do not call" close the number dialled, not the company,
-- and the do-not-call list is a list of numbers.

-- NULL: the number may be dialled; WRONG_NUMBER or DO_NOT_CALL: never again.
ALTER TABLE contact_phones ADD COLUMN closed VARCHAR(20);
-- The number a call closed, so its undo opens it again.
ALTER TABLE calls ADD COLUMN closed_phone_id INTEGER REFERENCES contact_phones (id);

-- The do-not-call list: numbers, never dialled, dropped from any imported row. A "do not call"
-- outcome adds the number dialled; a supervisor may load a list from a file.
CREATE TABLE do_not_call (
    e164      VARCHAR(20) PRIMARY KEY,
    added_at  BIGINT      NOT NULL,
    caller_id INTEGER     REFERENCES callers (id),
    -- CALL: an outcome said so; IMPORT: a supervisor's list.
    source    VARCHAR(20) NOT NULL
);
