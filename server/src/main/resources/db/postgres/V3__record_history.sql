-- Every version of a changeable record as it reached the server: how a file moved between
-- categories and rungs (003 §1B "doorstroom"), and what a placement or employer looked like then.
CREATE TABLE record_history (
  record_id     TEXT NOT NULL,
  version       BIGINT NOT NULL,
  tenant_id     TEXT NOT NULL,
  type          TEXT NOT NULL,
  candidate_id  TEXT,
  data          TEXT NOT NULL,
  changed_at    TIMESTAMPTZ NOT NULL,
  changed_by    TEXT NOT NULL,
  PRIMARY KEY (record_id, version)
);
CREATE INDEX record_history_tenant_type ON record_history (tenant_id, type, changed_at);
