-- Clearance (nulla osta) requests and decisions. The province is the territory of the pathway; its
-- region is kept beside it so that regional reports filter on an index.
CREATE SCHEMA clearance;

CREATE TABLE clearance.clearance (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code           varchar(40) NOT NULL UNIQUE,
    call_id        bigint      NOT NULL REFERENCES programme.call (id),
    provider_id    bigint      NOT NULL REFERENCES provider.provider (id),
    participant_id bigint      NOT NULL REFERENCES participant.participant (id),
    province       char(2)     NOT NULL,
    region_code    char(2)     NOT NULL,
    requested_on   date        NOT NULL,
    status         varchar(20) NOT NULL CHECK (status IN ('REQUESTED', 'GRANTED', 'REJECTED', 'CANCELLED')),
    decided_on     date,
    reason         varchar(2000),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0,
    CHECK (status = 'REQUESTED' OR decided_on IS NOT NULL),
    CHECK (decided_on IS NULL OR decided_on >= requested_on)
);
CREATE INDEX clearance_call_status ON clearance.clearance (call_id, status);
CREATE INDEX clearance_provider ON clearance.clearance (provider_id);
CREATE INDEX clearance_participant ON clearance.clearance (participant_id);
CREATE INDEX clearance_region ON clearance.clearance (region_code, call_id);
CREATE UNIQUE INDEX clearance_one_open_per_call ON clearance.clearance (call_id, participant_id)
    WHERE status IN ('REQUESTED', 'GRANTED');
