-- The supervisor's day, the KPI planner: one plan per period (a month by default), the inputs the
-- backward planning starts from, with who saved them and when. PostgreSQL's V13 is the same table
-- with its identity column and the guard's privileges (db/postgresql/V13__kpi_plans.sql).
--
-- Dates are ISO days (YYYY-MM-DD), both included. Money is in whole roubles; the margin and the
-- conversions are basis points (2000 = 20 %), integers that both engines hold alike.
CREATE TABLE kpi_plans (
    id                   INTEGER PRIMARY KEY,
    first_day            VARCHAR(10) NOT NULL,
    last_day             VARCHAR(10) NOT NULL,
    -- REVENUE or PROFIT: what goal_roubles is.
    goal                 VARCHAR(10) NOT NULL,
    goal_roubles         BIGINT      NOT NULL,
    margin_bp            INTEGER,
    average_deal_roubles BIGINT      NOT NULL,
    call_conversation_bp INTEGER     NOT NULL,
    conversation_lead_bp INTEGER     NOT NULL,
    lead_meeting_bp      INTEGER     NOT NULL,
    meeting_proposal_bp  INTEGER     NOT NULL,
    proposal_invoice_bp  INTEGER     NOT NULL,
    invoice_payment_bp   INTEGER     NOT NULL,
    working_days         INTEGER     NOT NULL,
    -- The calls one caller makes in a full day, which the callers needed are counted at.
    caller_calls         INTEGER     NOT NULL,
    saved_by             INTEGER     NOT NULL REFERENCES callers (id),
    saved_at             BIGINT      NOT NULL
);
CREATE UNIQUE INDEX kpi_plans_period ON kpi_plans (first_day, last_day);
