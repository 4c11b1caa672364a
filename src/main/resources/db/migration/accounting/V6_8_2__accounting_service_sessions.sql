-- What staff record with each day of service beyond the interchange columns: how it was delivered,
-- by which operator, a short note, who logged it, and the session it belongs to (a group session is
-- one session for many pathways). Imported rows are history from elsewhere: origin IMPORT, and the
-- other columns stay empty. Users are referred to by id without a foreign key, as elsewhere.
CREATE SEQUENCE accounting.service_session;

ALTER TABLE accounting.service_delivery
    ADD COLUMN origin      varchar(10) NOT NULL DEFAULT 'APP' CHECK (origin IN ('APP', 'IMPORT')),
    ADD COLUMN mode        varchar(20) CHECK (mode IN ('IN_PERSON', 'REMOTE')),
    ADD COLUMN operator_id bigint,
    ADD COLUMN note        varchar(500),
    ADD COLUMN session_id  bigint,
    ADD COLUMN logged_by   bigint;

-- Until now only imports wrote rows without an intake.
UPDATE accounting.service_delivery SET origin = 'IMPORT' WHERE intake_id IS NULL;

CREATE INDEX service_delivery_session ON accounting.service_delivery (session_id) WHERE session_id IS NOT NULL;
