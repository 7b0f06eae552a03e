-- The device's copy of its user's records, the outbox of changes not yet acknowledged by the
-- server, the open conflicts, and the sync bookkeeping. The whole file is encrypted (SQLCipher).

-- One row per record the device knows, including tombstones: a deleted record keeps its row
-- (without data) so that a stale copy arriving later cannot bring it back.
CREATE TABLE record (
  id             TEXT    PRIMARY KEY,
  type           TEXT    NOT NULL,
  -- The candidate whose file holds the record: what a purge removes and what scopes queries.
  candidate_id   TEXT,
  -- The last version the server acknowledged; 0 for a record the server has not seen yet.
  server_version INTEGER NOT NULL DEFAULT 0,
  deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  -- The record as the screens show it: the server's state with pending local changes on top.
  data           TEXT,
  -- When the event happened (epoch ms): sorts timelines without parsing JSON.
  event_at       INTEGER,
  sync_state     TEXT    NOT NULL CHECK (sync_state IN ('PENDING', 'SYNCED', 'CONFLICT', 'REJECTED')),
  -- JSON array of violations when the server rejected a change of this record.
  last_error     TEXT,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX record_by_type ON record (type, deleted);
CREATE INDEX record_by_file ON record (candidate_id, type, event_at);
CREATE INDEX record_by_state ON record (sync_state);

-- Changes in the order they were made; a row leaves only when the server's answer is stored.
CREATE TABLE outbox (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  mutation_id  TEXT    NOT NULL UNIQUE,
  record_id    TEXT    NOT NULL,
  type         TEXT    NOT NULL,
  mutation     TEXT    NOT NULL,
  -- PENDING: to push. REJECTED: the server refused it; kept so the coach sees what and why.
  state        TEXT    NOT NULL CHECK (state IN ('PENDING', 'REJECTED')),
  attempts     INTEGER NOT NULL DEFAULT 0,
  last_error   TEXT,
  created_at   INTEGER NOT NULL
);
CREATE INDEX outbox_by_state ON outbox (state, seq);
CREATE INDEX outbox_by_record ON outbox (record_id, state);

-- Fields changed on two devices; the server kept its value, a person chooses.
CREATE TABLE open_conflict (
  id            TEXT    PRIMARY KEY,
  record_id     TEXT    NOT NULL,
  field         TEXT    NOT NULL,
  server_value  TEXT,
  device_value  TEXT,
  mutation_id   TEXT,
  detected_at   INTEGER
);
CREATE INDEX open_conflict_by_record ON open_conflict (record_id);

-- Small key/value facts: pull cursor, device id, the logged-in user, the device token.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT
);
