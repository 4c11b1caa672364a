-- How many years the records of a call's participants are kept after the call closes (issue 4:
-- erasure "once the retention period of the call has passed"). The programme models carry no
-- retention of their own, so every call, existing or new, starts from the usual ten years; staff
-- may change it on the call until the call opens.
ALTER TABLE programme.call
    ADD COLUMN retention_years integer NOT NULL DEFAULT 10 CHECK (retention_years BETWEEN 1 AND 50);
