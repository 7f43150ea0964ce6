-- Obzvon schema, version 10: the next stage's results. Stage 2 and 3 send back a file of companies
-- and their status (Deal, Deal support, Client, Refused); each change it made is kept here, so the
-- funnel can be followed to money and the card can say when a company became a client.
CREATE TABLE stage_results (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER      NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    -- As the card showed it before (Handed over for a Qualified company in a batch).
    status_from VARCHAR(30)  NOT NULL,
    status_to   VARCHAR(30)  NOT NULL,
    at          BIGINT       NOT NULL,
    -- The supervisor who applied the file.
    caller_id   INTEGER      NOT NULL REFERENCES callers (id),
    file_name   VARCHAR(500) NOT NULL
);
CREATE INDEX stage_results_contact ON stage_results (contact_id, at);
CREATE INDEX stage_results_at ON stage_results (at);

-- A results file's row is matched by its tax id when no number matches: one look-up, not a scan.
CREATE INDEX contacts_tax_id ON contacts (tax_id) WHERE tax_id IS NOT NULL;
