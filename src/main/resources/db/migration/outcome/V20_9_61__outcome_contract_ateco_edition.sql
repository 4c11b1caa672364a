-- A contract's ATECO code (the employer's sector in the hiring communication) means something only
-- with its edition: every code stored before editions is ATECO 2007; an import may say 2025.
ALTER TABLE outcome.contract
    ADD COLUMN ateco_edition smallint NOT NULL DEFAULT 2007 CHECK (ateco_edition IN (2007, 2025));
