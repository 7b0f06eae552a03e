-- Issue 13, bringing existing files in: the municipality's own file number (dossiernummer) of
-- every imported file, beside the candidate it became. Importing the same file again finds its
-- numbers here and creates nothing twice. Server-side only: devices never need the number.
CREATE TABLE imported_file (
  tenant_id        TEXT NOT NULL REFERENCES tenant (id),
  external_number  TEXT NOT NULL,
  candidate_id     TEXT NOT NULL,
  imported_at      TIMESTAMPTZ NOT NULL,
  imported_by      TEXT NOT NULL,
  PRIMARY KEY (tenant_id, external_number)
);
