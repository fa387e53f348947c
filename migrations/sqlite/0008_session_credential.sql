-- A web session made with the configured admin token (token_id NULL) remembers a
-- fingerprint of that token (a SHA-256 of it, never the token), so the session ends when the
-- token is changed or removed from the configuration. Sessions stored before this have
-- none and end at once. Kept in step with migrations/postgres.
ALTER TABLE web_sessions ADD COLUMN credential TEXT;
