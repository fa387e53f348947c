-- plancal schema, PostgreSQL flavour (kept in step with migrations/sqlite).
CREATE TABLE organizations (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    match_key TEXT NOT NULL,
    short_name TEXT,
    kind TEXT NOT NULL,
    timezone TEXT NOT NULL,
    locale TEXT NOT NULL,
    public_feeds BOOLEAN NOT NULL,
    public_names BOOLEAN NOT NULL,
    color TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX organizations_match_key ON organizations (match_key);

CREATE TABLE plans (
    id BIGSERIAL PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    academic_year TEXT NOT NULL,
    description TEXT NOT NULL,
    source TEXT,
    sections_json TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    deleted_at TIMESTAMPTZ
);
CREATE INDEX plans_org ON plans (org_id);

CREATE TABLE plan_partners (
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (plan_id, org_id)
);
CREATE INDEX plan_partners_org ON plan_partners (org_id);

CREATE TABLE roles (
    slug TEXT PRIMARY KEY,
    label_ru TEXT NOT NULL,
    label_vi TEXT NOT NULL,
    label_en TEXT NOT NULL,
    synonyms_json TEXT NOT NULL,
    builtin BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    org_name TEXT NOT NULL,
    org_id BIGINT REFERENCES organizations (id) ON DELETE SET NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (name, org_name)
);

CREATE TABLE events (
    id BIGSERIAL PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    plan_id BIGINT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    sequence BIGINT NOT NULL,
    number TEXT,
    section_key TEXT,
    title TEXT NOT NULL,
    timing_text TEXT NOT NULL,
    when_json TEXT,
    pinned_json TEXT,
    start_date DATE,
    end_date DATE,
    location TEXT NOT NULL,
    location_org TEXT,
    location_org_id BIGINT REFERENCES organizations (id) ON DELETE SET NULL,
    responsible TEXT NOT NULL,
    result TEXT NOT NULL,
    notes TEXT NOT NULL,
    agenda_json TEXT NOT NULL,
    status TEXT NOT NULL,
    row_key TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    deleted_at TIMESTAMPTZ
);
CREATE INDEX events_plan ON events (plan_id, position);
CREATE INDEX events_dates ON events (start_date, end_date);

CREATE TABLE event_roles (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role_slug TEXT NOT NULL REFERENCES roles (slug) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    PRIMARY KEY (event_id, role_slug)
);
CREATE INDEX event_roles_role ON event_roles (role_slug);

CREATE TABLE event_people (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_people_person ON event_people (person_id);

CREATE TABLE event_partners (
    event_id BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (event_id, org_id)
);
CREATE INDEX event_partners_org ON event_partners (org_id);

CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL,
    feed TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);

-- One row: bumped by every write, so every instance derives the same ETag.
CREATE TABLE data_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, TIMESTAMPTZ '2025-01-01 00:00:00+00');
