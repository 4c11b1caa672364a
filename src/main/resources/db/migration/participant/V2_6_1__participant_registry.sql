-- One person, one record, whatever provider registers them. The tax code is the key; a provisional
-- code replaced by the definitive one stays findable in participant.earlier_tax_code.
CREATE SCHEMA participant;

CREATE TABLE participant.participant (
    id                         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tax_code                   varchar(16)  NOT NULL UNIQUE,
    family_name                varchar(200) NOT NULL,
    given_name                 varchar(200) NOT NULL,
    sex                        char(1)      NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date                 date         NOT NULL,
    citizenship                char(2)      NOT NULL,
    target_group               varchar(40)  NOT NULL,
    housed_in_reception        boolean      NOT NULL,
    prior_work_experience      boolean      NOT NULL,
    professional_qualification boolean      NOT NULL,
    language_knowledge         varchar(10)  NOT NULL CHECK (language_knowledge IN ('NONE', 'BASIC', 'GOOD')),
    language_levels            varchar(2)[] NOT NULL DEFAULT '{}',
    created_at                 timestamptz  NOT NULL DEFAULT now(),
    updated_at                 timestamptz  NOT NULL DEFAULT now(),
    version                    integer      NOT NULL DEFAULT 0
);

CREATE TABLE participant.earlier_tax_code (
    tax_code       varchar(16) PRIMARY KEY,
    participant_id bigint      NOT NULL REFERENCES participant.participant (id),
    replaced_on    date        NOT NULL
);
CREATE INDEX earlier_tax_code_participant ON participant.earlier_tax_code (participant_id);
