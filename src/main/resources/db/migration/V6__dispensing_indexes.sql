-- Dispensing that stays fast as the base grows: each query the caller's key press runs reads one
-- of these indexes from where it left off, and never scans contacts or calls.

-- Replaced by the two below: leading with the status, it sorted every callable contact by hand.
DROP INDEX contacts_dispense;

-- Companies never called, in the order the base was loaded, with the columns a queue's filter
-- looks at, so a narrow filter is checked in the index without reading the rows it skips.
-- Partial: a contact leaves it with its first call, so it shrinks as the base is worked.
CREATE INDEX contacts_never_called
    ON contacts (id, status, do_not_call, size, region, category, source)
    WHERE attempts = 0 AND next_call_kind IS NULL;

-- Callbacks and retries by the time they fall due (then by id), with the same filter columns.
CREATE INDEX contacts_next_call
    ON contacts (next_call_kind, next_call_at, id, attempts, status, do_not_call, size, region, category, source)
    WHERE next_call_kind IS NOT NULL;

-- Today's progress of one caller in one queue, counted from the index alone.
CREATE INDEX calls_progress ON calls (caller_id, queue_id, logged_at, outcome_id);
