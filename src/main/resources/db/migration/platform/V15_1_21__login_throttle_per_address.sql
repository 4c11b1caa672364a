-- Failed logins counted three ways (issue 15), so that nobody can lock a user out from everywhere:
--   PAIR    one user name from one client address (username and address set): locks that pair;
--   ADDRESS one client address, whatever the names (username ''): stops password spraying;
--   NAME    one user name from any address (address ''): locks the name for unfamiliar addresses only.
-- Names are counted as typed (lowercased), existing or not. The old per-name counts are short-lived
-- state, dropped rather than converted.
DROP TABLE platform.login_throttle;

CREATE TABLE platform.login_throttle (
    scope             varchar(10)  NOT NULL CHECK (scope IN ('PAIR', 'ADDRESS', 'NAME')),
    username          varchar(200) NOT NULL,
    address           varchar(64)  NOT NULL,
    failures          integer      NOT NULL,
    window_started_at timestamptz  NOT NULL,
    locked_until      timestamptz,
    PRIMARY KEY (scope, username, address),
    CONSTRAINT scope_keys CHECK ((scope = 'PAIR' AND address <> '')
                                 OR (scope = 'ADDRESS' AND username = '' AND address <> '')
                                 OR (scope = 'NAME' AND address = ''))
);
-- an administrator's password reset lifts the locks of a name; stale rows are swept by age
CREATE INDEX login_throttle_username ON platform.login_throttle (username);
CREATE INDEX login_throttle_window ON platform.login_throttle (window_started_at);

-- Addresses from which a user name last logged in successfully: a lock of the name for unfamiliar
-- addresses does not keep its owner out from where they usually work.
CREATE TABLE platform.login_familiar_address (
    username        varchar(200) NOT NULL,
    address         varchar(64)  NOT NULL,
    last_success_at timestamptz  NOT NULL,
    PRIMARY KEY (username, address)
);
