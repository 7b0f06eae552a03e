-- A contact may carry workplace signals (dreigend baanverlies, behoefte aan training of
-- ondersteuning; 002 §3.4.3, decision 0068). The visit log filters on them and the candidate list
-- finds the files with a recent one here, so the console never filters the record's JSON. The names
-- of the signals, comma-separated in their fixed order; null for none. No contact could carry one
-- before this version, so null is right for every existing row.
ALTER TABLE visit_log ADD COLUMN signals VARCHAR(200);
