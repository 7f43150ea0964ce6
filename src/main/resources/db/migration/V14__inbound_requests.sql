-- The supervisor's day, inbound requests: a warm lead that came to us (a site form, a messenger, a
-- call to the office), handed to the callers on shift in turn or to the caller on duty.
-- PostgreSQL's V14 is the same schema with its identity column and the guard's privileges
-- (db/postgresql/V14__inbound_requests.sql).

-- One request: what the supervisor typed (or the file said), the company it matched by phone or
-- made, and to whom it went (caller_id NULL: waiting for someone on shift or on duty). Answered is
-- not stored: it is the first call logged on the company since the request came (calls_contact).
CREATE TABLE inbound_requests (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER       NOT NULL REFERENCES contacts (id),
    company     VARCHAR(500)  NOT NULL,
    person      VARCHAR(300),
    phone       VARCHAR(20)   NOT NULL,
    wants       VARCHAR(1000),
    source      VARCHAR(200),
    received_at BIGINT        NOT NULL,
    entered_by  INTEGER       NOT NULL REFERENCES callers (id),
    caller_id   INTEGER       REFERENCES callers (id),
    assigned_at BIGINT,
    shown_at    BIGINT
);
CREATE INDEX inbound_requests_received ON inbound_requests (received_at);
CREATE INDEX inbound_requests_contact ON inbound_requests (contact_id, received_at);
-- Whose turn it is: each caller's last request, from the index.
CREATE INDEX inbound_requests_caller ON inbound_requests (caller_id, assigned_at);

-- The duty roster: who takes the requests for half a day (MORNING before 13:00, AFTERNOON after).
CREATE TABLE inbound_duty (
    day       VARCHAR(10) NOT NULL,
    half      VARCHAR(10) NOT NULL,
    caller_id INTEGER     NOT NULL REFERENCES callers (id),
    PRIMARY KEY (day, half)
);
