-- The kind of a followed calendar's last failed fetch, as a stable code beside its English
-- text (src/sources/error_kind.rs: "http_status:503", "timeout:20"), so the organization's
-- page can say it in the reader's language. NULL for failures stored before this.
-- Kept in step with migrations/postgres.
ALTER TABLE sources ADD COLUMN last_error_kind TEXT;
