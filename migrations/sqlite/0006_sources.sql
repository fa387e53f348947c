-- Partners' published calendars organizations follow (src/sources). Kept in step with migrations/postgres.
-- A partner's published calendar that an organization follows. The last good copy stays in
-- `events_json` (the parsed events) while later fetches fail.
CREATE TABLE sources (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    refresh_minutes INTEGER NOT NULL,
    etag TEXT,
    last_modified TEXT,
    calendar_name TEXT,
    events_json TEXT,
    content_hash TEXT,
    event_count INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    last_attempt_at TEXT,
    last_success_at TEXT,
    last_error TEXT,
    last_error_at TEXT,
    next_fetch_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (org_id, url)
);
CREATE INDEX sources_next_fetch ON sources (next_fetch_at);
CREATE INDEX sources_partner ON sources (partner_id);
