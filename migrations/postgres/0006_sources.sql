-- Partners' published calendars organizations follow (src/sources). Kept in step with migrations/sqlite.
-- A partner's published calendar that an organization follows. The last good copy stays in
-- `events_json` (the parsed events) while later fetches fail.
CREATE TABLE sources (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    partner_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    refresh_minutes BIGINT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    calendar_name TEXT,
    events_json TEXT,
    content_hash TEXT,
    event_count BIGINT NOT NULL,
    failures BIGINT NOT NULL,
    last_attempt_at TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    last_error TEXT,
    last_error_at TIMESTAMPTZ,
    next_fetch_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, url)
);
CREATE INDEX sources_next_fetch ON sources (next_fetch_at);
CREATE INDEX sources_partner ON sources (partner_id);
