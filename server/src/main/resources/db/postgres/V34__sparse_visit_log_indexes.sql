-- Most visit-log rows name no employer and correct nothing, yet each wrote an entry into the
-- employer and correction indexes, inside the push that holds the municipality's sequence lock.
-- As partial indexes they hold only the rows a query by employer or by correction can find: every
-- such query compares the column (employer_id = ?, corrects_id = ?, IS NOT NULL), which both
-- PostgreSQL and SQLite accept as implying the index's condition.
DROP INDEX visit_log_employer_event;
CREATE INDEX visit_log_employer_event ON visit_log (tenant_id, employer_id, event_at, record_id)
  WHERE employer_id IS NOT NULL;
DROP INDEX visit_log_corrects;
CREATE INDEX visit_log_corrects ON visit_log (corrects_id) WHERE corrects_id IS NOT NULL;
