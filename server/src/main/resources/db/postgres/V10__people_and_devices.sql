-- Issue 13, people and devices: an admin makes users, resets passwords, deactivates and revokes
-- devices in the console; device tokens expire after a period without use (docs/security.md).

-- Set by an admin's reset (or a new account): the user chooses their own password at the next
-- login, in the console or the app, before anything else opens.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;

-- A token's last use, written at most once per touch interval (not on every request), so the
-- expiry slides with use. Tokens from before this version count as used now: nobody is logged
-- out by the upgrade.
ALTER TABLE device_token ADD COLUMN last_used_at TIMESTAMPTZ;
UPDATE device_token SET last_used_at = now();
-- Why a revoked token was revoked (logout, device-revoked, user-deactivated): the 401 says so,
-- and only the last two make the app wipe its store.
ALTER TABLE device_token ADD COLUMN revoked_reason TEXT;
CREATE INDEX device_token_device ON device_token (device_id);

-- A device as the admin sees it: the app version it last reported, and a revocation, which holds
-- for the device id for good (a later login under it is refused too).
ALTER TABLE device_binding ADD COLUMN app_version TEXT;
ALTER TABLE device_binding ADD COLUMN revoked_at TIMESTAMPTZ;
ALTER TABLE device_binding ADD COLUMN revoked_by TEXT;
CREATE INDEX device_binding_user ON device_binding (user_id);
