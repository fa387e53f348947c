-- Other names of one organization ("МБОУ Рамешковская СОШ" for "МОУ «Рамешковская СОШ»"),
-- matched by the same key as organizations.match_key; and the slugs of organizations merged
-- into another, so their feed URLs keep working.
CREATE TABLE org_aliases (
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    match_key TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX org_aliases_org ON org_aliases (org_id);

CREATE TABLE org_slug_redirects (
    slug TEXT PRIMARY KEY,
    org_id BIGINT NOT NULL REFERENCES organizations (id) ON DELETE CASCADE
);
CREATE INDEX org_slug_redirects_org ON org_slug_redirects (org_id);
