-- Issue 17: a jobhunter calls the candidate's case manager from the match card for a warm handover.
-- The number is an employee's work number, set by an admin in the console; an account without one
-- (every account before this version) makes the app say so and point to the team.
ALTER TABLE app_user ADD COLUMN work_phone TEXT;
