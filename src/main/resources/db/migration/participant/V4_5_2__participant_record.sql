-- The person's whole record (issue 4): place of birth, contacts, legal status, profile at intake, a
-- pseudonym for analysts and for erasure. Every new column is nullable or defaulted, so that the
-- participants dataset keeps importing its own columns only.
ALTER TABLE participant.participant
    ADD COLUMN pseudonym         varchar(12)   NOT NULL
        DEFAULT ('P' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 11))),
    ADD COLUMN birth_place       varchar(200),
    ADD COLUMN birth_country     char(2),
    ADD COLUMN phone             varchar(40),
    ADD COLUMN email             varchar(200),
    ADD COLUMN address           varchar(300),
    ADD COLUMN permit_type       varchar(40),
    ADD COLUMN permit_number     varchar(40),
    ADD COLUMN permit_expires_on date,
    ADD COLUMN reception_kind    varchar(30),
    ADD COLUMN education_level   smallint CHECK (education_level BETWEEN 0 AND 8),
    ADD COLUMN qualification     varchar(500),
    ADD COLUMN work_experience   varchar(2000),
    ADD COLUMN erased_on         date;
CREATE UNIQUE INDEX participant_pseudonym ON participant.participant (pseudonym);
CREATE INDEX participant_family_name ON participant.participant (lower(family_name) varchar_pattern_ops);
CREATE INDEX participant_permit_expiry ON participant.participant (permit_expires_on)
    WHERE permit_expires_on IS NOT NULL AND erased_on IS NULL;

-- The dates of the language certificates. participant.language_levels stays the list of levels
-- (the import and the reports use it); a level without a row here has no known date.
CREATE TABLE participant.language_certificate (
    participant_id bigint     NOT NULL REFERENCES participant.participant (id),
    level          varchar(2) NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    obtained_on    date,
    PRIMARY KEY (participant_id, level)
);

-- Attachments: residence permit, DID receipt, signed privacy notice. At most 10 MB each, checked
-- by the application before they get here; the checksum proves the file was not altered.
CREATE TABLE participant.document (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id   bigint       NOT NULL REFERENCES participant.participant (id),
    kind             varchar(30)  NOT NULL CHECK (kind IN ('RESIDENCE_PERMIT', 'DID_RECEIPT', 'PRIVACY_NOTICE')),
    filename         varchar(255) NOT NULL,
    content_type     varchar(100) NOT NULL,
    size_bytes       integer      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256           char(64)     NOT NULL,
    content          bytea        NOT NULL,
    provider_id      bigint,
    uploaded_by      bigint,
    uploaded_by_name varchar(100) NOT NULL,
    uploaded_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX document_participant ON participant.document (participant_id);

-- Who looked at whose record, and when: the special-category data (protection status, reception,
-- nationality) call for it. Administrators read it.
CREATE TABLE participant.access_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id bigint       NOT NULL REFERENCES participant.participant (id),
    user_id        bigint,
    username       varchar(100) NOT NULL,
    role           varchar(20)  NOT NULL,
    action         varchar(20)  NOT NULL,
    at             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX access_log_participant ON participant.access_log (participant_id, at DESC);
CREATE INDEX access_log_at ON participant.access_log (at DESC);
CREATE INDEX intake_participant ON participant.intake (participant_id);
