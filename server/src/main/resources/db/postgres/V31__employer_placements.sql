-- The console's employer pages (issue 18, decision 0062): which placements run or ran at an employer
-- and which vacancy each filled, without reading every placement's JSON. One row per placement,
-- written in the push's transaction by the office projection and filled in for placements synced
-- before this version by its catch-up at startup. employer_id and vacancy_id are null for placements
-- at an organisation or without a vacancy. Dates are ISO text (yyyy-mm-dd): they sort and compare the
-- same on SQLite and PostgreSQL.
CREATE TABLE placement_link (
  placement_id  TEXT PRIMARY KEY,
  tenant_id     TEXT NOT NULL,
  employer_id   TEXT,
  vacancy_id    TEXT,
  candidate_id  TEXT NOT NULL,
  kind          TEXT NOT NULL,
  start_date    TEXT,
  end_date      TEXT
);
CREATE INDEX placement_link_employer ON placement_link (tenant_id, employer_id, start_date);
