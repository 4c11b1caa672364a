-- Provider claims (rendicontazione): a provider gathers the accrued, unclaimed entries of its
-- service lines in one call and period; an officer accepts or rejects each line (a rejection
-- reverses the accrual in the ledger), then marks the claim paid. A ledger entry is claimed once.
-- Providers and calls are never deleted by the application; the cascades serve wholesale resets.
CREATE SEQUENCE accounting.claim_number;

CREATE TABLE accounting.claim (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code         varchar(40) NOT NULL UNIQUE,
    provider_id  bigint      NOT NULL REFERENCES provider.provider (id) ON DELETE CASCADE,
    call_id      bigint      NOT NULL REFERENCES programme.call (id) ON DELETE CASCADE,
    period_from  date        NOT NULL,
    period_to    date        NOT NULL,
    status       varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'REQUESTED', 'VERIFIED', 'PAID')),
    created_by   bigint,
    created_on   date        NOT NULL,
    requested_on date,
    verified_on  date,
    paid_on      date,
    payment_ref  varchar(100),
    version      integer     NOT NULL DEFAULT 0,
    CHECK (period_to >= period_from)
);
CREATE INDEX claim_provider ON accounting.claim (provider_id, status);
CREATE INDEX claim_call ON accounting.claim (call_id);

CREATE TABLE accounting.claim_line (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id      bigint        NOT NULL REFERENCES accounting.claim (id) ON DELETE CASCADE,
    entry_id      bigint        NOT NULL UNIQUE REFERENCES accounting.ledger_entry (id),
    amount        numeric(12, 2) NOT NULL CHECK (amount > 0),
    verdict       varchar(20)   CHECK (verdict IN ('ACCEPTED', 'REJECTED')),
    reason        varchar(500),
    correction_id bigint        REFERENCES accounting.ledger_entry (id),
    decided_by    bigint,
    decided_at    timestamptz,
    CHECK (verdict IS DISTINCT FROM 'REJECTED' OR reason IS NOT NULL AND correction_id IS NOT NULL)
);
CREATE INDEX claim_line_claim ON accounting.claim_line (claim_id);
