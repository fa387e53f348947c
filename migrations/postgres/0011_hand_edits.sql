-- What a person set by hand on an event (its roles, its place) with what its row said
-- before (issue 21): a re-import keeps each unless the row changes it (plan::hand).
-- JSON of plan::HandEdits; NULL when nothing is set by hand. Kept in step with
-- migrations/sqlite.
ALTER TABLE events ADD COLUMN hand_json TEXT;
