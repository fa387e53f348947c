-- What happened to planned events (issue 24). Kept in step with migrations/sqlite.
-- An event's outcome: one row per event that has one (no row: no mark yet). A moved event's
-- new date is its pin (events.pinned_json); `held_on` keeps the date said with the mark.
CREATE TABLE event_outcomes (
    event_id BIGINT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('held', 'not_held', 'moved')),
    held_on DATE,
    participants BIGINT,
    note TEXT NOT NULL,
    link TEXT,
    recorded_at TIMESTAMPTZ NOT NULL
);
-- Every mark and every clearing, in order: the event page shows who changed what when.
-- A NULL status is a cleared mark.
CREATE TABLE event_outcome_history (
    id BIGSERIAL PRIMARY KEY,
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    status TEXT,
    held_on DATE,
    participants BIGINT,
    note TEXT NOT NULL,
    link TEXT,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX event_outcome_history_event ON event_outcome_history (event_id, id);
