-- Which user a device id belongs to: the first user who logged in with it, for good. Field stamps
-- carry the device id, and the per-field conflict rule treats a change from the same device as the
-- same person's; so a second user, or the server's own ids (the office console's, the system's),
-- may never log in under a taken id (issue 12). The primary key makes the first login win, also
-- when two server instances see two logins at once.
CREATE TABLE device_binding (
  device_id  TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES app_user (id),
  bound_at   TIMESTAMP NOT NULL
);

-- Devices that logged in before: each stays its first user's (the earliest token; the smallest
-- user id where two users' first tokens were made at the same instant).
INSERT INTO device_binding (device_id, user_id, bound_at)
SELECT t.device_id, MIN(t.user_id), t.created_at
  FROM device_token t
 WHERE t.created_at = (SELECT MIN(f.created_at) FROM device_token f WHERE f.device_id = t.device_id)
 GROUP BY t.device_id, t.created_at;
