-- A candidate leaving a user's caseload, at the tenant change sequence number of the change:
-- the user's devices are told to purge the file when their pull passes it.
CREATE TABLE caseload_removal (
  user_id       TEXT NOT NULL,
  candidate_id  TEXT NOT NULL,
  tenant_id     TEXT NOT NULL,
  seq           BIGINT NOT NULL,
  PRIMARY KEY (user_id, candidate_id, seq)
);
CREATE INDEX caseload_removal_user_seq ON caseload_removal (user_id, seq);
CREATE INDEX caseload_user_since ON caseload (user_id, since_seq);
