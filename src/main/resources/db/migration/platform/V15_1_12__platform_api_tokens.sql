-- API tokens issued by an administrator to a user, for scripts that send "Authorization: Bearer".
-- Only the SHA-256 of the secret is kept (the secret is shown once); hint is its first characters,
-- so that a person can tell tokens apart. A token acts with its user's role and scope, while the user
-- is enabled, until it expires or is revoked.
CREATE TABLE platform.api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint       NOT NULL REFERENCES platform.app_user (id),
    name         varchar(100) NOT NULL,
    token_hash   char(64)     NOT NULL,
    hint         varchar(20)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   bigint       NOT NULL REFERENCES platform.app_user (id),
    expires_at   timestamptz  NOT NULL,
    revoked_at   timestamptz,
    revoked_by   bigint REFERENCES platform.app_user (id),
    last_used_at timestamptz,
    CONSTRAINT api_token_expires_after_creation CHECK (expires_at > created_at),
    CONSTRAINT api_token_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE UNIQUE INDEX api_token_hash ON platform.api_token (token_hash);
CREATE INDEX api_token_user ON platform.api_token (user_id, id);
