-- Queries of the field screens.
--
-- Contacts, ladder steps and coaching hours are corrected by a new entry whose correctsId names
-- the one it replaces. The caseload and the timeline ask "is this entry corrected?" for many
-- entries at once; this index answers it without a scan. It is partial (only corrections are in
-- it), so storing the thousands of ordinary records a pull brings costs next to nothing.
CREATE INDEX record_by_corrects ON record (json_extract(data, '$.correctsId'))
  WHERE json_extract(data, '$.correctsId') IS NOT NULL;
