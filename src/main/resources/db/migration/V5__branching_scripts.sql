-- Scripts keep every version calls were read from; a script's text lives in its versions.
CREATE TABLE script_versions (
    id         INTEGER PRIMARY KEY,
    script_id  INTEGER NOT NULL REFERENCES scripts (id),
    number     INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL,
    UNIQUE (script_id, number)
);

-- Plain-paragraph scripts from earlier bases become version 1, their name as the text's title;
-- the reader takes a text without step headings as a linear script.
INSERT INTO script_versions (script_id, number, body, created_at)
SELECT id, 1, '# ' || name || '

' || body, created_at FROM scripts;

ALTER TABLE scripts DROP COLUMN body;

ALTER TABLE calls ADD COLUMN script_version_id INTEGER REFERENCES script_versions (id);
CREATE INDEX calls_script_version ON calls (script_version_id);

-- The steps a call went through, in order, and what the prospect said where no answer matched.
CREATE TABLE call_script_steps (
    call_id   INTEGER      NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL,
    step_key  VARCHAR(200) NOT NULL,
    unmatched TEXT,
    PRIMARY KEY (call_id, position)
);
