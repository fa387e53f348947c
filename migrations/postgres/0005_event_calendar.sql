-- Events read from calendars (.ics files): their exact time as the publisher wrote it
-- (plan::CalendarTime as JSON); NULL for plan rows. Kept in step with migrations/sqlite.
ALTER TABLE events ADD COLUMN calendar_json TEXT;
