-- Hosts and internships. The internship keeps the host's data as they were when it started, which is
-- what the interchange exports and the sector report counts.
CREATE SCHEMA internship;

CREATE TABLE internship.host (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tax_code   varchar(16)  NOT NULL UNIQUE,
    name       varchar(300) NOT NULL,
    ateco      varchar(8)   NOT NULL,
    province   char(2)      NOT NULL,
    address    varchar(300),
    employees  integer CHECK (employees >= 0),
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    version    integer      NOT NULL DEFAULT 0
);

CREATE TABLE internship.internship (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code               varchar(40)  NOT NULL UNIQUE,
    clearance_id       bigint       NOT NULL UNIQUE REFERENCES clearance.clearance (id),
    host_id            bigint       NOT NULL REFERENCES internship.host (id),
    host_tax_code      varchar(16)  NOT NULL,
    host_name          varchar(300) NOT NULL,
    host_ateco         varchar(8)   NOT NULL,
    host_section       char(1)      NOT NULL,
    host_province      char(2)      NOT NULL,
    start_date         date         NOT NULL,
    planned_end_date   date         NOT NULL,
    status             varchar(20)  NOT NULL CHECK (status IN ('ONGOING', 'COMPLETED', 'TERMINATED')),
    end_date           date,
    termination_reason varchar(500),
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    version            integer      NOT NULL DEFAULT 0,
    CHECK (status = 'ONGOING' OR end_date IS NOT NULL),
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX internship_host ON internship.internship (host_id);
CREATE INDEX internship_status ON internship.internship (status);
