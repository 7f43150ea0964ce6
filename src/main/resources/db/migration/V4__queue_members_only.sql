-- A queue made for one imported base holds exactly its members, not everything its filter matches.
ALTER TABLE call_queues ADD COLUMN members_only BOOLEAN NOT NULL DEFAULT FALSE;
