-- Admin sessions of the web pages. The cookie holds a random id; only its SHA-256 is kept
-- here, so a copy of the database logs nobody in. `csrf` is the synchroniser token every
-- form of the session carries. A session made with a stored admin token dies with it.
CREATE TABLE web_sessions (
    id_hash TEXT PRIMARY KEY,
    csrf TEXT NOT NULL,
    token_id BIGINT REFERENCES api_tokens (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- An uploaded plan between its preview and its confirmation: the document as the importer
-- read it and the corrections made in the preview. In the database, not in one instance's
-- memory, so any instance behind a load balancer can show and confirm it.
CREATE TABLE pending_imports (
    id TEXT PRIMARY KEY,
    file_name TEXT NOT NULL,
    doc_json TEXT NOT NULL,
    corrections_json TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX pending_imports_expiry ON pending_imports (expires_at);
