-- A host's ATECO code means something only with its edition (division 62 is section J in 2007, K in
-- 2025). Every code written before editions is an ATECO 2007 code; new hosts may be given either.
-- The internship keeps the edition of its host's code beside the code and the section it copies.
ALTER TABLE internship.host
    ADD COLUMN ateco_edition smallint NOT NULL DEFAULT 2007 CHECK (ateco_edition IN (2007, 2025));
ALTER TABLE internship.internship
    ADD COLUMN host_ateco_edition smallint NOT NULL DEFAULT 2007 CHECK (host_ateco_edition IN (2007, 2025));
