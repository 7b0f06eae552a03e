-- Issue 12, the access half: login throttling, the console's second factor, and the read audit.
-- Everything lives here, not in a server's memory, so any number of instances share it (DESIGN §6).

-- One counter per account, per client address, and per account-and-address pair (docs/security.md).
-- The key is a SHA-256 of what is counted, so the table holds neither user names (nor passwords typed
-- into the name field) nor addresses. A success only ever touches the pair's row.
CREATE TABLE login_throttle (
  counter_key      TEXT PRIMARY KEY,
  failures         INTEGER NOT NULL,
  last_failure_at  TIMESTAMPTZ,
  last_success_at  TIMESTAMPTZ,
  updated_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_throttle_updated ON login_throttle (updated_at);

-- A console user's TOTP secret (RFC 6238, base32). secret is set once a code confirmed it; a
-- pending secret waits for that confirmation. last_used_step keeps a code from being used twice.
CREATE TABLE two_factor (
  user_id             TEXT PRIMARY KEY REFERENCES app_user (id),
  secret              TEXT,
  confirmed_at        TIMESTAMPTZ,
  pending_secret      TEXT,
  pending_created_at  TIMESTAMPTZ,
  last_used_step      BIGINT NOT NULL
);

-- One-time recovery codes: the SHA-256 of the user's id and 120 random bits each.
CREATE TABLE recovery_code (
  code_hash   TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES app_user (id),
  created_at  TIMESTAMPTZ NOT NULL,
  used_at     TIMESTAMPTZ
);
CREATE INDEX recovery_code_user ON recovery_code (user_id);

-- A console login between the password and the second factor: no session exists yet.
CREATE TABLE login_challenge (
  token_hash      TEXT PRIMARY KEY,
  user_id         TEXT NOT NULL REFERENCES app_user (id),
  kind            TEXT NOT NULL,
  next_path       TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  used_at         TIMESTAMPTZ,
  remote_address  TEXT
);
CREATE INDEX login_challenge_user ON login_challenge (user_id);

-- Reads of personal data (BIO 8.15). A read is one audit_event (a pull page, a console page, an
-- export); the candidate files it carried are one narrow row each here, so "who saw this file in
-- the last 90 days" is one range scan of the index below on both databases.
ALTER TABLE audit_event ADD COLUMN device_id TEXT;
CREATE TABLE audit_read_file (
  event_id      TEXT NOT NULL,
  tenant_id     TEXT NOT NULL,
  candidate_id  TEXT NOT NULL,
  at            TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (event_id, candidate_id)
);
CREATE INDEX audit_read_file_candidate ON audit_read_file (tenant_id, candidate_id, at);
