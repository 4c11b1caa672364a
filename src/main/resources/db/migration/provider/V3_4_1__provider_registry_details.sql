-- The registry's details, operating seats, lead operators, and what a provider's application to a
-- call carries: the declaration, who submitted and who decided it, and its attachments.
ALTER TABLE provider.provider
    ADD COLUMN accreditation varchar(200),
    ADD COLUMN email         varchar(200),
    ADD COLUMN phone         varchar(40),
    ADD COLUMN pec           varchar(200);

-- Operating seats (sedi operative): replaced as a whole when the provider is edited.
CREATE TABLE provider.seat (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id bigint       NOT NULL REFERENCES provider.provider (id) ON DELETE CASCADE,
    position    smallint     NOT NULL,
    province    char(2)      NOT NULL,
    address     varchar(300) NOT NULL,
    UNIQUE (provider_id, position)
);

-- A lead operator may create and disable the other operators of its provider. The column belongs to
-- platform's users but only means something once providers exist, hence here.
ALTER TABLE platform.app_user ADD COLUMN lead boolean NOT NULL DEFAULT false;
ALTER TABLE platform.app_user ADD CONSTRAINT only_operators_lead CHECK (NOT lead OR role = 'PROVIDER');

-- Imported applications have no declaration and no submitter: they were made outside Integra.
-- Users are named as well as numbered, as in the audit trail, so that pages need not read platform's tables.
ALTER TABLE provider.application
    ADD COLUMN declaration_accepted boolean NOT NULL DEFAULT false,
    ADD COLUMN declared_at          timestamptz,
    ADD COLUMN submitted_by         bigint,
    ADD COLUMN submitted_by_name    varchar(60),
    ADD COLUMN decided_by_name      varchar(60),
    ADD CONSTRAINT declaration_has_date CHECK (NOT declaration_accepted OR declared_at IS NOT NULL);
CREATE INDEX application_queue ON provider.application (outcome, submitted_on, id);

CREATE TABLE provider.application_attachment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint       NOT NULL REFERENCES provider.application (id) ON DELETE CASCADE,
    filename       varchar(255) NOT NULL,
    content_type   varchar(40)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     integer      NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256         char(64)     NOT NULL,
    content        bytea        NOT NULL,
    uploaded_by    bigint,
    uploaded_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX application_attachment_application ON provider.application_attachment (application_id);
