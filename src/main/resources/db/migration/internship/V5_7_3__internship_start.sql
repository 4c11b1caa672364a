-- What an internship started in the application carries beyond the interchange columns: the tutors,
-- the weekly hours, the documents attached, the competences attested at the end and who started it.
-- Imported internships leave these empty (or false), so the CSV import is unchanged.
ALTER TABLE internship.internship
    ADD COLUMN provider_tutor_id   bigint,
    ADD COLUMN company_tutor_id    bigint REFERENCES internship.company_tutor (id),
    ADD COLUMN weekly_hours        numeric(4, 1) CHECK (weekly_hours > 0 AND weekly_hours <= 40),
    ADD COLUMN convention_attached boolean NOT NULL DEFAULT false,
    ADD COLUMN pfi_attached        boolean NOT NULL DEFAULT false,
    ADD COLUMN competences         text,
    ADD COLUMN started_by          bigint;

CREATE SEQUENCE internship.internship_number;
CREATE INDEX internship_provider_tutor_ongoing ON internship.internship (provider_tutor_id) WHERE status = 'ONGOING';
CREATE INDEX internship_host_ongoing ON internship.internship (host_tax_code) WHERE status = 'ONGOING';
