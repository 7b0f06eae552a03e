-- Issue 19, devices resend after a restore (decision 0047): what the server acknowledged, kept for
-- a while after it left the outbox. A server restored from a backup may have lost it; the device
-- then puts it back in the outbox, under its original place (seq), so it goes out in the order it
-- was made. The same columns as the outbox row it came from.
CREATE TABLE sent_journal (
  seq             INTEGER PRIMARY KEY,
  mutation_id     TEXT    NOT NULL UNIQUE,
  record_id       TEXT    NOT NULL,
  type            TEXT    NOT NULL,
  mutation        TEXT    NOT NULL,
  created_at      INTEGER NOT NULL,
  candidate_id    TEXT,
  -- When the server last acknowledged it (epoch ms): what the pruning counts from.
  acknowledged_at INTEGER NOT NULL
);
CREATE INDEX sent_journal_by_age ON sent_journal (acknowledged_at);
