-- What a clearance request made in the application carries: the intake it comes from, the proposed
-- host and internship, the agreement (convenzione) between provider and host, and who decided.
-- Imported clearances leave these empty.
ALTER TABLE clearance.clearance
    ADD COLUMN intake_id         bigint REFERENCES participant.intake (id),
    ADD COLUMN host_tax_code     varchar(16),
    ADD COLUMN host_name         varchar(300),
    ADD COLUMN host_ateco        varchar(8),
    ADD COLUMN host_province     char(2),
    ADD COLUMN host_employees    integer CHECK (host_employees >= 0),
    ADD COLUMN planned_start     date,
    ADD COLUMN convention_ref    varchar(100),
    ADD COLUMN convention_on     date,
    ADD COLUMN requested_by      bigint,
    ADD COLUMN decided_by        bigint,
    ADD COLUMN cancelled_on      date;

CREATE SEQUENCE clearance.clearance_number;
CREATE INDEX clearance_requested_queue ON clearance.clearance (requested_on, id) WHERE status = 'REQUESTED';
