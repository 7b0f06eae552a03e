-- Work on a file that left the user's caseload (sync-protocol.md, "When a file leaves a caseload").

-- The candidate whose file a change belongs to: a purge keeps the unsent and refused changes of the
-- file it removes (the outbox holds their content), and a file that comes back resends what was
-- refused while it was away.
ALTER TABLE outbox ADD COLUMN candidate_id TEXT;
UPDATE outbox SET candidate_id = (SELECT r.candidate_id FROM record r WHERE r.id = outbox.record_id);
CREATE INDEX outbox_by_candidate ON outbox (candidate_id, state);

-- A file that left this device while the user had work on it, or whose history the server took in
-- after the handover: what the sync page tells the user until they have dealt with it. Only the
-- name stays of the file itself; the work is in the outbox.
CREATE TABLE left_file (
  candidate_id  TEXT    PRIMARY KEY,
  name          TEXT,
  -- When the purge arrived (epoch ms); null while the server has taken work in but the purge has
  -- not arrived yet.
  left_at       INTEGER,
  -- History records the server took into the file after the user had left the caseload.
  accepted      INTEGER NOT NULL DEFAULT 0
);
