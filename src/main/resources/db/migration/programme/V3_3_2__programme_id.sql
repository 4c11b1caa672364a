-- A numeric id for programmes, so that the audit trail can refer to them like every other record.
ALTER TABLE programme.programme ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
