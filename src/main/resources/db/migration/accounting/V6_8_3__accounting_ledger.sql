-- The endowment ledger: one per pathway (granted clearance), opened at the grant or, for pathways
-- that came by import, when something first happens to them in the application. Entries are
-- append-only: COMMITMENT (the endowment a line sets aside), ACCRUAL (what became due: hours, months
-- of allowance, flat amounts), RELEASE (what will never be spent). A correction is a reversing
-- ACCRUAL with the opposite (negative) amount that names the entry it reverses. Each entry carries
-- the running balance of its line after it: commitments minus accruals minus releases so far.
CREATE TABLE accounting.endowment (
    clearance_id bigint      PRIMARY KEY REFERENCES clearance.clearance (id),
    call_id      bigint      NOT NULL,
    opened_on    date        NOT NULL,
    at_grant     boolean     NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX endowment_call ON accounting.endowment (call_id);

CREATE TABLE accounting.ledger_entry (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clearance_id bigint        NOT NULL REFERENCES accounting.endowment (clearance_id),
    line         varchar(30)   NOT NULL,
    fund         varchar(20)   NOT NULL,
    recipient    varchar(20)   NOT NULL CHECK (recipient IN ('PROVIDER', 'HOST', 'TRAINEE')),
    kind         varchar(20)   NOT NULL CHECK (kind IN ('COMMITMENT', 'ACCRUAL', 'RELEASE')),
    amount       numeric(12, 2) NOT NULL,
    hours        numeric(6, 2),
    month        date,
    delivery_id  bigint,
    reverses_id  bigint        UNIQUE REFERENCES accounting.ledger_entry (id),
    balance_after numeric(12, 2) NOT NULL CHECK (balance_after >= 0),
    value_date   date          NOT NULL,
    note         varchar(500),
    created_by   bigint,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    CHECK (reverses_id IS NULL AND amount > 0 OR reverses_id IS NOT NULL AND amount < 0 AND kind = 'ACCRUAL')
);
CREATE INDEX ledger_entry_pathway ON accounting.ledger_entry (clearance_id, line, id);
CREATE INDEX ledger_entry_delivery ON accounting.ledger_entry (delivery_id) WHERE delivery_id IS NOT NULL;

-- Append-only like the audit trail. TRUNCATE stays possible: it is how a whole database is emptied
-- (the test suite's resets cascade from the clearances), never how a row is rewritten.
CREATE FUNCTION accounting.refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the endowment ledger is append-only: correct it with a reversing entry';
END $$;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON accounting.ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION accounting.refuse_ledger_change();
CREATE TRIGGER endowment_append_only BEFORE UPDATE OR DELETE ON accounting.endowment
    FOR EACH STATEMENT EXECUTE FUNCTION accounting.refuse_ledger_change();
