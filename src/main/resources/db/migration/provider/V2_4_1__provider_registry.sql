-- Providers (enti promotori). Operating seats, contacts and applications arrive with the calls issue.
CREATE SCHEMA provider;

CREATE TABLE provider.provider (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       varchar(40)  NOT NULL UNIQUE,
    tax_code   varchar(16)  NOT NULL,
    name       varchar(300) NOT NULL,
    type       varchar(30)  NOT NULL CHECK (type IN ('TRAINING_BODY', 'EMPLOYMENT_AGENCY', 'THIRD_SECTOR',
                                                   'TRADE_UNION', 'EMPLOYERS_ASSOCIATION', 'BILATERAL_BODY')),
    province   char(2)      NOT NULL, -- a reference.province code, checked by the application (a foreign key costs bulk imports dearly)
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    version    integer      NOT NULL DEFAULT 0
);

ALTER TABLE platform.app_user
    ADD CONSTRAINT app_user_provider FOREIGN KEY (provider_id) REFERENCES provider.provider (id);
