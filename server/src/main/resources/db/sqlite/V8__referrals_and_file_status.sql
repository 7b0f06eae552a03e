-- Referrals to a team in Trede (004 §2.2, §4.1): which role's users the team is, fixed when the
-- referral is sent. Every user of that role in the municipality pulls the referral and may answer
-- it, also before the candidate's file is theirs (sync-protocol.md, "Referrals").
CREATE TABLE referral_addressee (
  referral_id   TEXT PRIMARY KEY,
  tenant_id     TEXT NOT NULL,
  candidate_id  TEXT NOT NULL,
  team_role     TEXT NOT NULL,
  addressed_at  TIMESTAMP NOT NULL
);
CREATE INDEX referral_addressee_role ON referral_addressee (tenant_id, team_role);

-- What the candidate list and the duplicate check at intake need besides the name: the date of
-- birth and the day the file closed (ISO text, which sorts as dates do), kept by the projection.
ALTER TABLE record_name ADD COLUMN birth_date TEXT;
ALTER TABLE record_name ADD COLUMN exit_date TEXT;
UPDATE record_name
   SET birth_date = (SELECT json_extract(r.data, '$.dateOfBirth') FROM sync_record r WHERE r.id = record_name.record_id),
       exit_date = (SELECT json_extract(r.data, '$.exit.date') FROM sync_record r WHERE r.id = record_name.record_id)
 WHERE type = 'candidate';
CREATE INDEX record_name_birth ON record_name (tenant_id, type, birth_date);
