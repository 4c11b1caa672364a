-- Contracts arrive by the million (issue 7). The foreign key to participant cost a trigger call per
-- row; the import stores only rows it has just matched to a participant, so the check is redundant.
ALTER TABLE outcome.contract DROP CONSTRAINT contract_participant_id_fkey;

-- Communication ids are opaque codes: byte order ("C") makes their key cheaper to build and search
-- than the language-aware default collation.
ALTER TABLE outcome.contract ALTER COLUMN communication_id TYPE varchar(60) COLLATE "C";

-- Room in each page for updates that change no indexed column (an end date, the ATECO code) to stay
-- on the same page without touching the indexes.
ALTER TABLE outcome.contract SET (fillfactor = 85);
