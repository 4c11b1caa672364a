-- Payments to trainees (monthly allowances) and hosts (the flat amount on completion), by payment
-- order: an officer lists what is due in a call, exports it for the bank and marks it paid. Each
-- payment pays one ledger accrual; an internship's month is paid once, a host once per internship.
-- The accounts (IBAN) are kept here, keyed by the participant's and the host's id.
CREATE TABLE accounting.participant_account (
    participant_id bigint      PRIMARY KEY REFERENCES participant.participant (id),
    iban           varchar(34) NOT NULL,
    updated_by     bigint,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0
);

CREATE TABLE accounting.host_account (
    host_id    bigint      PRIMARY KEY REFERENCES internship.host (id),
    iban       varchar(34) NOT NULL,
    updated_by bigint,
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    integer     NOT NULL DEFAULT 0
);

CREATE SEQUENCE accounting.payment_order_number;

CREATE TABLE accounting.payment_order (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       varchar(40) NOT NULL UNIQUE,
    kind       varchar(20) NOT NULL CHECK (kind IN ('ALLOWANCE', 'HOST')),
    call_id    bigint      NOT NULL REFERENCES programme.call (id) ON DELETE CASCADE,
    month      date        CHECK (extract(day FROM month) = 1),
    status     varchar(20) NOT NULL CHECK (status IN ('PREPARED', 'PAID')),
    created_by bigint,
    created_on date        NOT NULL,
    paid_on    date,
    version    integer     NOT NULL DEFAULT 0,
    CHECK ((kind = 'ALLOWANCE') = (month IS NOT NULL))
);
CREATE INDEX payment_order_call ON accounting.payment_order (call_id, kind);

CREATE TABLE accounting.payment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      bigint        NOT NULL REFERENCES accounting.payment_order (id) ON DELETE CASCADE,
    kind          varchar(20)   NOT NULL CHECK (kind IN ('ALLOWANCE', 'HOST')),
    entry_id      bigint        NOT NULL UNIQUE REFERENCES accounting.ledger_entry (id),
    internship_id bigint        NOT NULL REFERENCES internship.internship (id),
    month         date,
    payee         varchar(300)  NOT NULL,
    iban          varchar(34)   NOT NULL,
    amount        numeric(12, 2) NOT NULL CHECK (amount > 0),
    CHECK ((kind = 'ALLOWANCE') = (month IS NOT NULL))
);
CREATE UNIQUE INDEX payment_allowance_month_once ON accounting.payment (internship_id, month) WHERE kind = 'ALLOWANCE';
CREATE UNIQUE INDEX payment_host_once ON accounting.payment (internship_id) WHERE kind = 'HOST';
CREATE INDEX payment_by_order ON accounting.payment (order_id);
