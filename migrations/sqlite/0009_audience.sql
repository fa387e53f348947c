-- Who an event is for (issue 25). Kept in step with migrations/postgres.
-- `audience`: the plan's words as written ("5-7 классы"); '' when it names nobody.
-- `audience_keys`: what it concerns, written by plan::audience::keys as ",g5,g6,g7,c9:B,"
-- (g: a whole grade, c: one class, n: a kindergarten group); '' for everyone. One text
-- column rather than a side table: the feed, page and list queries filter it with two LIKE
-- patterns (plan::audience::Wanted::patterns) the same way on both backends, with no join
-- and no array type SQLite lacks; events are read by their scope's indexes first, so the
-- LIKE only runs over one organization's rows.
ALTER TABLE events ADD COLUMN audience TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN audience_keys TEXT NOT NULL DEFAULT '';
-- The class a plan is for ("5А"), when it is one class teacher's plan.
ALTER TABLE plans ADD COLUMN class_name TEXT;
