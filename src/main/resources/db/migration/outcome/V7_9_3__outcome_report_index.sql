-- The outcomes report reads, per status and optionally per call, only the end date and the months to
-- the first job (with anyone, with the host): an index that carries them lets it skip the table.
DROP INDEX outcome.internship_outcome_call;
CREATE INDEX internship_outcome_report ON outcome.internship_outcome (status, call_id)
    INCLUDE (end_date, months_to_employment, months_to_host_employment);
