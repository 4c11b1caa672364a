CREATE SCHEMA platform;

CREATE TABLE platform.app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(60)  NOT NULL,
    display_name  varchar(200) NOT NULL,
    email         varchar(200),
    password_hash varchar(200) NOT NULL,
    role          varchar(20)  NOT NULL CHECK (role IN ('ADMIN', 'OFFICER', 'PROVIDER', 'ANALYST')),
    provider_id   bigint,
    region_code   char(2),
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       integer      NOT NULL DEFAULT 0,
    CONSTRAINT provider_operator_has_provider CHECK ((role = 'PROVIDER') = (provider_id IS NOT NULL)),
    CONSTRAINT only_analysts_have_region CHECK (region_code IS NULL OR role = 'ANALYST')
);
CREATE UNIQUE INDEX app_user_username ON platform.app_user (lower(username));
CREATE INDEX app_user_provider ON platform.app_user (provider_id) WHERE provider_id IS NOT NULL;

-- Failed logins by the name typed, whether or not such a user exists, so that the lock reveals nothing.
CREATE TABLE platform.login_throttle (
    username        varchar(200) PRIMARY KEY,
    failures        integer      NOT NULL,
    last_failure_at timestamptz  NOT NULL,
    locked_until    timestamptz
);
