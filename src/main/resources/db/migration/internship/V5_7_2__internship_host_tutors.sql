-- The host registry's company tutors: several per host. A tutor who leaves is marked inactive rather
-- than deleted, because internships keep pointing at the tutor they had. Who last changed a host.
CREATE TABLE internship.company_tutor (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    host_id    bigint       NOT NULL REFERENCES internship.host (id),
    name       varchar(200) NOT NULL,
    role       varchar(200),
    contact    varchar(200),
    active     boolean      NOT NULL DEFAULT true,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX company_tutor_host ON internship.company_tutor (host_id);

ALTER TABLE internship.host ADD COLUMN updated_by bigint;
CREATE INDEX host_province ON internship.host (province);
