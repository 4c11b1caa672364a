-- A provider's application to a call; officers decide whether the provider is eligible.
CREATE TABLE provider.application (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id       bigint      NOT NULL REFERENCES programme.call (id),
    provider_id   bigint      NOT NULL REFERENCES provider.provider (id),
    submitted_on  date        NOT NULL,
    outcome       varchar(20) NOT NULL CHECK (outcome IN ('PENDING', 'ELIGIBLE', 'INELIGIBLE')),
    reason        varchar(2000),
    decided_at    timestamptz,
    decided_by    bigint,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer     NOT NULL DEFAULT 0,
    UNIQUE (call_id, provider_id)
);
CREATE INDEX application_provider ON provider.application (provider_id);
