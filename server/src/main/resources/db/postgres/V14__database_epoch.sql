-- Issue 19, devices resend after a restore: which life of this database a device talks to. One
-- row; the epoch is a UUID the server makes when it finds none (a new database, or one a restore
-- started: backup.Restore sets it back to NULL). Devices that see it change resend the work this
-- database may have lost (docs/sync-protocol.md, "After a restore"; decision 0047).
CREATE TABLE database_epoch (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  epoch    TEXT
);
INSERT INTO database_epoch (only_row, epoch) VALUES (1, NULL);
