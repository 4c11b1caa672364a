-- The built-in programmes and their intervention models (domain.md, section 1), and the calls,
-- each of which keeps its own copy of its programme's model as it was when the call was created.
CREATE SCHEMA programme;

CREATE TABLE programme.programme (
    code                  varchar(40)  PRIMARY KEY,
    name                  varchar(200) NOT NULL,
    years                 varchar(20)  NOT NULL,
    internship_months     integer      NOT NULL CHECK (internship_months BETWEEN 2 AND 12),
    monthly_allowance     numeric(10, 2) NOT NULL CHECK (monthly_allowance >= 300),
    max_pathway_months    integer,
    attendance_threshold  numeric(4, 3) NOT NULL CHECK (attendance_threshold > 0 AND attendance_threshold <= 1),
    min_age               integer,
    max_age_exclusive     integer,
    start_window_days     integer      NOT NULL DEFAULT 60,
    version               integer      NOT NULL DEFAULT 0
);

-- phase: PRE_CLEARANCE (delivered before the clearance request), INTERNSHIP (during it),
-- INTERNSHIP_AND_AFTER (during and after, hours_after_end of them after the end),
-- AFTER_CLEARANCE (complementary, for holders of a clearance).
CREATE TABLE programme.programme_area (
    programme_code  varchar(40)  NOT NULL REFERENCES programme.programme (code),
    area            varchar(30)  NOT NULL,
    position        integer      NOT NULL,
    model_hours     numeric(6, 2) NOT NULL CHECK (model_hours > 0),
    phase           varchar(30)  NOT NULL,
    hours_after_end numeric(6, 2) NOT NULL DEFAULT 0,
    optional        boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (programme_code, area)
);

-- basis: HOURLY (hours x unit_cost, per area), PRO_RATA (amount over the model hours of all
-- provider areas), FLAT (amount), MONTHLY (months x unit_cost). Optional lines are not committed at grant.
CREATE TABLE programme.programme_endowment_line (
    programme_code varchar(40)  NOT NULL REFERENCES programme.programme (code),
    line           varchar(30)  NOT NULL,
    position       integer      NOT NULL,
    basis          varchar(20)  NOT NULL CHECK (basis IN ('HOURLY', 'PRO_RATA', 'FLAT', 'MONTHLY')),
    area           varchar(30),
    quantity       numeric(6, 2),
    unit_cost      numeric(10, 2),
    amount         numeric(12, 2) NOT NULL CHECK (amount >= 0),
    recipient      varchar(20)  NOT NULL CHECK (recipient IN ('PROVIDER', 'HOST', 'TRAINEE')),
    fund           varchar(20)  NOT NULL,
    optional       boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (programme_code, line)
);

CREATE TABLE programme.programme_target_group (
    programme_code varchar(40) NOT NULL REFERENCES programme.programme (code),
    target_group   varchar(40) NOT NULL,
    PRIMARY KEY (programme_code, target_group)
);

INSERT INTO programme.programme (code, name, years, internship_months, monthly_allowance, max_pathway_months,
                                 attendance_threshold, min_age, max_age_exclusive) VALUES
    ('INSIDE', 'INSIDE - INSerimento Integrazione NordSud inclusionE', '2015-2018', 6, 500.00, NULL, 0.700, 18, NULL),
    ('PERCORSI', 'PERCORSI - Percorsi di integrazione socio-lavorativa per minori stranieri non accompagnati e giovani migranti', '2016-2020', 5, 500.00, 8, 0.700, 16, 23),
    ('PUOI', 'PUOI - Protezione Unita a Obiettivo Integrazione', '2019-2021', 6, 500.00, NULL, 0.700, 18, NULL);

INSERT INTO programme.programme_area (programme_code, area, position, model_hours, phase, hours_after_end, optional) VALUES
    ('INSIDE', 'INTAKE', 1, 8, 'PRE_CLEARANCE', 0, false),
    ('INSIDE', 'SPECIALIST_GUIDANCE', 2, 16, 'PRE_CLEARANCE', 0, false),
    ('INSIDE', 'TUTORING', 3, 24, 'INTERNSHIP', 0, false),
    ('INSIDE', 'JOB_SEARCH_GUIDANCE', 4, 16, 'INTERNSHIP_AND_AFTER', 0, false),
    ('PERCORSI', 'INTAKE', 1, 6, 'PRE_CLEARANCE', 0, false),
    ('PERCORSI', 'SPECIALIST_GUIDANCE', 2, 16, 'PRE_CLEARANCE', 0, false),
    ('PERCORSI', 'TRAINING', 3, 40, 'INTERNSHIP', 0, false),
    ('PUOI', 'INTAKE', 1, 4, 'PRE_CLEARANCE', 0, false),
    ('PUOI', 'SPECIALIST_GUIDANCE', 2, 16, 'PRE_CLEARANCE', 0, false),
    ('PUOI', 'TUTORING', 3, 16, 'INTERNSHIP', 0, false),
    ('PUOI', 'JOB_SEARCH_GUIDANCE', 4, 32, 'INTERNSHIP_AND_AFTER', 8, false),
    ('PUOI', 'COVID_GUIDANCE', 5, 24, 'AFTER_CLEARANCE', 0, true);

INSERT INTO programme.programme_endowment_line (programme_code, line, position, basis, area, quantity, unit_cost, amount, recipient, fund, optional) VALUES
    ('INSIDE', 'PROVIDER_SERVICES', 1, 'PRO_RATA', NULL, 64, NULL, 2000.00, 'PROVIDER', 'ESF', false),
    ('INSIDE', 'HOST_TUTORING', 2, 'FLAT', NULL, NULL, NULL, 500.00, 'HOST', 'ESF', false),
    ('INSIDE', 'ALLOWANCE', 3, 'MONTHLY', NULL, 6, 500.00, 3000.00, 'TRAINEE', 'ESF', false),
    ('PERCORSI', 'PROVIDER_SERVICES', 1, 'PRO_RATA', NULL, 62, NULL, 2000.00, 'PROVIDER', 'ESF', false),
    ('PERCORSI', 'HOST_TUTORING', 2, 'FLAT', NULL, NULL, NULL, 500.00, 'HOST', 'ESF', false),
    ('PERCORSI', 'ALLOWANCE', 3, 'MONTHLY', NULL, 5, 500.00, 2500.00, 'TRAINEE', 'ESF', false),
    ('PUOI', 'INTAKE', 1, 'HOURLY', 'INTAKE', 4, 34.00, 136.00, 'PROVIDER', 'AMIF', false),
    ('PUOI', 'SPECIALIST_GUIDANCE', 2, 'HOURLY', 'SPECIALIST_GUIDANCE', 16, 35.50, 568.00, 'PROVIDER', 'AMIF', false),
    ('PUOI', 'JOB_SEARCH_GUIDANCE', 3, 'HOURLY', 'JOB_SEARCH_GUIDANCE', 32, 35.50, 1136.00, 'PROVIDER', 'AMIF', false),
    ('PUOI', 'TUTORING', 4, 'HOURLY', 'TUTORING', 16, 31.25, 500.00, 'PROVIDER', 'ESF', false),
    ('PUOI', 'HOST_TUTORING', 5, 'FLAT', NULL, NULL, NULL, 600.00, 'HOST', 'ESF', false),
    ('PUOI', 'ALLOWANCE', 6, 'MONTHLY', NULL, 6, 500.00, 3000.00, 'TRAINEE', 'ESF', false),
    ('PUOI', 'COVID_ALLOWANCE', 7, 'FLAT', NULL, NULL, NULL, 480.00, 'TRAINEE', 'ESF', true);

INSERT INTO programme.programme_target_group (programme_code, target_group) VALUES
    ('INSIDE', 'INTERNATIONAL_PROTECTION'),
    ('PERCORSI', 'UNACCOMPANIED_MINOR'),
    ('PERCORSI', 'FORMER_UNACCOMPANIED_MINOR'),
    ('PUOI', 'INTERNATIONAL_PROTECTION'),
    ('PUOI', 'HUMANITARIAN_PROTECTION'),
    ('PUOI', 'SPECIAL_CASE'),
    ('PUOI', 'FORMER_UNACCOMPANIED_MINOR');

-- A call (avviso). Its model is copied from the programme at creation and belongs to the call.
CREATE TABLE programme.call (
    id                          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                        varchar(40)  NOT NULL UNIQUE,
    programme_code              varchar(40)  NOT NULL REFERENCES programme.programme (code),
    title                       varchar(300) NOT NULL,
    opens_on                    date         NOT NULL,
    closes_on                   date         NOT NULL,
    budget_eur                  numeric(15, 2) NOT NULL CHECK (budget_eur >= 0),
    status                      varchar(20)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    internship_months           integer      NOT NULL,
    monthly_allowance           numeric(10, 2) NOT NULL,
    max_pathway_months          integer,
    attendance_threshold        numeric(4, 3) NOT NULL,
    min_age                     integer,
    max_age_exclusive           integer,
    start_window_days           integer      NOT NULL,
    max_endowments_per_provider integer,
    created_at                  timestamptz  NOT NULL DEFAULT now(),
    updated_at                  timestamptz  NOT NULL DEFAULT now(),
    version                     integer      NOT NULL DEFAULT 0,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX call_programme ON programme.call (programme_code);

CREATE TABLE programme.call_area (
    call_id         bigint       NOT NULL REFERENCES programme.call (id) ON DELETE CASCADE,
    area            varchar(30)  NOT NULL,
    position        integer      NOT NULL,
    model_hours     numeric(6, 2) NOT NULL,
    phase           varchar(30)  NOT NULL,
    hours_after_end numeric(6, 2) NOT NULL,
    optional        boolean      NOT NULL,
    PRIMARY KEY (call_id, area)
);

CREATE TABLE programme.call_endowment_line (
    call_id   bigint       NOT NULL REFERENCES programme.call (id) ON DELETE CASCADE,
    line      varchar(30)  NOT NULL,
    position  integer      NOT NULL,
    basis     varchar(20)  NOT NULL,
    area      varchar(30),
    quantity  numeric(6, 2),
    unit_cost numeric(10, 2),
    amount    numeric(12, 2) NOT NULL,
    recipient varchar(20)  NOT NULL,
    fund      varchar(20)  NOT NULL,
    optional  boolean      NOT NULL,
    PRIMARY KEY (call_id, line)
);

CREATE TABLE programme.call_target_group (
    call_id      bigint      NOT NULL REFERENCES programme.call (id) ON DELETE CASCADE,
    target_group varchar(40) NOT NULL,
    PRIMARY KEY (call_id, target_group)
);
