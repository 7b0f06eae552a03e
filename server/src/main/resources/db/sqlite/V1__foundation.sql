-- Ids are UUID text; times are epoch milliseconds (what the xerial driver writes for Instant).

CREATE TABLE tenant (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  -- The tenant's change sequence. Taken with UPDATE inside the writing transaction, so writers of
  -- one tenant queue on this row and sequence numbers become visible in commit order.
  last_seq    BIGINT NOT NULL DEFAULT 0,
  created_at  TIMESTAMP NOT NULL
);

CREATE TABLE app_user (
  id            TEXT PRIMARY KEY,
  tenant_id     TEXT NOT NULL REFERENCES tenant (id),
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active        BOOLEAN NOT NULL,
  created_at    TIMESTAMP NOT NULL
);

CREATE TABLE device_token (
  token_hash   TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES app_user (id),
  device_id    TEXT NOT NULL,
  device_name  TEXT,
  created_at   TIMESTAMP NOT NULL,
  revoked_at   TIMESTAMP
);
CREATE INDEX device_token_user ON device_token (user_id);

CREATE TABLE sync_record (
  id            TEXT PRIMARY KEY,
  tenant_id     TEXT NOT NULL REFERENCES tenant (id),
  type          TEXT NOT NULL,
  candidate_id  TEXT,
  version       BIGINT NOT NULL,
  seq           BIGINT NOT NULL,
  deleted       BOOLEAN NOT NULL,
  data          TEXT NOT NULL,
  stamps        TEXT NOT NULL,
  conflicts     TEXT NOT NULL,
  created_at    TIMESTAMP NOT NULL,
  updated_at    TIMESTAMP NOT NULL,
  updated_by    TEXT NOT NULL
);
CREATE UNIQUE INDEX sync_record_tenant_seq ON sync_record (tenant_id, seq);
CREATE INDEX sync_record_candidate ON sync_record (tenant_id, candidate_id);

CREATE TABLE applied_mutation (
  id          TEXT PRIMARY KEY,
  tenant_id   TEXT NOT NULL,
  user_id     TEXT NOT NULL,
  device_id   TEXT NOT NULL,
  record_id   TEXT,
  outcome     TEXT NOT NULL,
  result      TEXT NOT NULL,
  applied_at  TIMESTAMP NOT NULL
);

CREATE TABLE caseload (
  user_id       TEXT NOT NULL,
  candidate_id  TEXT NOT NULL,
  tenant_id     TEXT NOT NULL,
  since_seq     BIGINT NOT NULL,
  PRIMARY KEY (user_id, candidate_id)
);
CREATE INDEX caseload_candidate ON caseload (candidate_id);

CREATE TABLE audit_event (
  id              TEXT PRIMARY KEY,
  tenant_id       TEXT,
  user_id         TEXT,
  action          TEXT NOT NULL,
  record_type     TEXT,
  record_id       TEXT,
  outcome         TEXT NOT NULL,
  remote_address  TEXT,
  at              TIMESTAMP NOT NULL
);
CREATE INDEX audit_event_tenant_at ON audit_event (tenant_id, at);
