-- Who made the value that clashed, as the server reports it: the conflict screen says "door u" or
-- "door een collega" instead of leaving the person to guess whose edit it was.
ALTER TABLE open_conflict ADD COLUMN device_user_id TEXT;
