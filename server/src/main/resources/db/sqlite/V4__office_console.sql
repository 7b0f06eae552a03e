-- The office console: browser sessions, the visit log's projection, names for search and the
-- audit detail. Times are epoch milliseconds as elsewhere in this folder.

-- A browser login. Like device tokens only the SHA-256 of the cookie's token is stored; a session
-- ends at logout, after idle time without requests, or after an absolute maximum (office config).
-- In the database, not in memory, so any server instance accepts it (DESIGN §6).
CREATE TABLE office_session (
  token_hash      TEXT PRIMARY KEY,
  user_id         TEXT NOT NULL REFERENCES app_user (id),
  created_at      TIMESTAMP NOT NULL,
  last_seen_at    TIMESTAMP NOT NULL,
  revoked_at      TIMESTAMP,
  remote_address  TEXT
);
CREATE INDEX office_session_user ON office_session (user_id);

-- One row per contact, ladder step and coaching-hours entry, written in the same transaction as the
-- synced record: the columns the visit log filters and sorts on, so no query has to read JSON.
-- event_at is the local date (Europe/Amsterdam) of the event, with HH:MM for contacts; as text it
-- sorts the same on SQLite and PostgreSQL. synced_at is when the record reached the server.
CREATE TABLE visit_log (
  record_id     TEXT PRIMARY KEY,
  tenant_id     TEXT NOT NULL,
  kind          TEXT NOT NULL,
  candidate_id  TEXT,
  employer_id   TEXT,
  author_id     TEXT NOT NULL,
  location      TEXT,
  event_at      TEXT NOT NULL,
  no_show       BOOLEAN NOT NULL,
  corrects_id   TEXT,
  synced_at     TIMESTAMP NOT NULL
);
-- Keyset paging newest first, alone or after one selective filter: each index ends with the sort key.
CREATE INDEX visit_log_tenant_event ON visit_log (tenant_id, event_at, record_id);
CREATE INDEX visit_log_author_event ON visit_log (tenant_id, author_id, event_at, record_id);
CREATE INDEX visit_log_candidate_event ON visit_log (tenant_id, candidate_id, event_at, record_id);
CREATE INDEX visit_log_employer_event ON visit_log (tenant_id, employer_id, event_at, record_id);
CREATE INDEX visit_log_synced ON visit_log (tenant_id, synced_at);
CREATE INDEX visit_log_corrects ON visit_log (corrects_id);

-- Names of candidates and employers, normalised for search (lower case, no accents), kept with
-- the synced record like visit_log.
CREATE TABLE record_name (
  record_id    TEXT PRIMARY KEY,
  tenant_id    TEXT NOT NULL,
  type         TEXT NOT NULL,
  name         TEXT NOT NULL,
  search_name  TEXT NOT NULL,
  sort_name    TEXT NOT NULL,
  deleted      BOOLEAN NOT NULL
);
CREATE INDEX record_name_sort ON record_name (tenant_id, type, sort_name, record_id);

-- What an export or a view was of (its filters), for the audit page.
ALTER TABLE audit_event ADD COLUMN detail TEXT;
CREATE INDEX audit_event_tenant_user_at ON audit_event (tenant_id, user_id, at);
CREATE INDEX audit_event_tenant_action_at ON audit_event (tenant_id, action, at);

-- Records waiting for a person to resolve a conflict are few; the console lists them often.
CREATE INDEX sync_record_open_conflicts ON sync_record (tenant_id, seq) WHERE conflicts <> '[]';
