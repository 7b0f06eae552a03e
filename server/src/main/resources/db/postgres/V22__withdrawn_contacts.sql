-- A contact can be withdrawn by a later contact that corrects it with withdrawn = true (undone on
-- the phone after it reached the server, decision 0050). The visit log applies the one rule of
-- corrections over these two columns of a page's files, so it must know which corrections withdraw.
-- No contact could withdraw before this version, so false is right for every existing row.
ALTER TABLE visit_log ADD COLUMN withdrawn BOOLEAN NOT NULL DEFAULT FALSE;
