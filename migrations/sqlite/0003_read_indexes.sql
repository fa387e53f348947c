-- Indexes for every filter the API and the feeds use (kept in step with migrations/postgres).
-- The event list walks live events in its order and stops at the page's end.
CREATE INDEX events_live_order ON events ((start_date IS NULL), start_date, id) WHERE deleted_at IS NULL;
CREATE INDEX events_end ON events (end_date);
CREATE INDEX events_status ON events (status);
CREATE INDEX events_plan_section ON events (plan_id, section_key);
CREATE INDEX events_updated ON events (updated_at);
CREATE INDEX plans_org_year ON plans (org_id, academic_year);
CREATE INDEX people_org ON people (org_id);
CREATE INDEX events_location_org ON events (location_org_id);
