-- Employment records of the mandatory hiring communications, stored only for participants.
CREATE SCHEMA outcome;

CREATE TABLE outcome.contract (
    communication_id  varchar(60) PRIMARY KEY,
    participant_id    bigint      NOT NULL REFERENCES participant.participant (id),
    worker_tax_code   varchar(16) NOT NULL,
    employer_tax_code varchar(16) NOT NULL,
    contract_type     varchar(7)  NOT NULL,
    employment        boolean     NOT NULL,
    start_date        date        NOT NULL,
    end_date          date,
    ateco             varchar(8),
    province          char(2),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    version           integer     NOT NULL DEFAULT 0
);
CREATE INDEX contract_participant_start ON outcome.contract (participant_id, start_date) WHERE employment;
