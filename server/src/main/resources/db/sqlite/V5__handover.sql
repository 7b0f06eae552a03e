-- Work recorded offline on a file that has just left the recorder's caseload (sync-protocol.md,
-- "When a file leaves a caseload"). When the removal happened decides whether a late history
-- record is still taken into the file; rows written before this column existed have none and
-- count as long ago.
ALTER TABLE caseload_removal ADD COLUMN removed_at TIMESTAMP;
CREATE INDEX caseload_removal_user_candidate ON caseload_removal (user_id, candidate_id);

-- A history record (contact, ladder step, coaching hours) that its author made while the file was
-- on their device and that reached the server after the author left the caseload: taken into the
-- file, and marked so the case manager sees it in the visit log and on the candidate's timeline.
CREATE TABLE handover_arrival (
  record_id     TEXT PRIMARY KEY,
  tenant_id     TEXT NOT NULL,
  candidate_id  TEXT NOT NULL,
  author_id     TEXT NOT NULL,
  removed_at    TIMESTAMP NOT NULL,
  arrived_at    TIMESTAMP NOT NULL
);
CREATE INDEX handover_arrival_candidate ON handover_arrival (tenant_id, candidate_id);
