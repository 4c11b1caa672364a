-- Taking in charge a person another provider has in charge is a request (issue 15): the requesting
-- provider files it with a reason; the authority approves or refuses it, or the provider in charge
-- approves it by releasing the person; the requester may withdraw it while it waits. Until approval
-- the requester sees nothing of the record but the tax code it gave (kept here as given, since the
-- person's code may be replaced meanwhile). The reason and the decision's note are free text kept
-- here only, never in the audit trail.
CREATE TABLE participant.transfer_request (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id   bigint        NOT NULL REFERENCES participant.participant (id),
    from_provider_id bigint        NOT NULL REFERENCES provider.provider (id),
    to_provider_id   bigint        NOT NULL REFERENCES provider.provider (id),
    tax_code         varchar(16)   NOT NULL,
    reason           varchar(2000) NOT NULL,
    status           varchar(20)   NOT NULL
        CHECK (status IN ('REQUESTED', 'APPROVED', 'RELEASED', 'REFUSED', 'WITHDRAWN')),
    requested_on     date          NOT NULL,
    requested_by     bigint        NOT NULL,
    requested_by_name varchar(100) NOT NULL,
    decided_on       date,
    decided_by       bigint,
    decided_by_name  varchar(100),
    decision_note    varchar(2000),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          integer       NOT NULL DEFAULT 0,
    CHECK (from_provider_id <> to_provider_id),
    CHECK ((status = 'REQUESTED') = (decided_on IS NULL))
);
CREATE UNIQUE INDEX transfer_request_one_pending ON participant.transfer_request (participant_id, to_provider_id)
    WHERE status = 'REQUESTED';
CREATE INDEX transfer_request_waiting ON participant.transfer_request (requested_on) WHERE status = 'REQUESTED';
CREATE INDEX transfer_request_participant ON participant.transfer_request (participant_id);
CREATE INDEX transfer_request_to ON participant.transfer_request (to_provider_id);
CREATE INDEX transfer_request_from ON participant.transfer_request (from_provider_id);

-- What the authority shared with the new provider on an approved request: the earlier provider's
-- documents, its pathway history (intakes with their plans, hours, clearances, internships), or both.
CREATE TABLE participant.transfer_share (
    request_id bigint      NOT NULL REFERENCES participant.transfer_request (id),
    part       varchar(20) NOT NULL CHECK (part IN ('DOCUMENTS', 'PATHWAY_HISTORY')),
    shared_on  date        NOT NULL,
    shared_by  bigint      NOT NULL,
    PRIMARY KEY (request_id, part)
);
