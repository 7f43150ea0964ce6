-- Obzvon schema, version 8: "wrong number" and "do not call" close the number dialled, not the company.

-- NULL: the number may be dialled; WRONG_NUMBER or DO_NOT_CALL: never again.
ALTER TABLE contact_phones ADD COLUMN closed VARCHAR(20);
-- The number a call closed, so its undo opens it again.
ALTER TABLE calls ADD COLUMN closed_phone_id INTEGER REFERENCES contact_phones (id);
