-- Outcome facts (issue 7): what the mandatory communications say about each ended internship, kept
-- up to date in the same transaction as the imports of contracts and internships, so that the outcome
-- reports read a small table instead of joining internships with millions of contracts.

-- The least number of calendar months N such that started <= ended + N months, for started >= ended.
-- PostgreSQL's date + interval 'N months' clamps to the end of the month exactly as java.time's
-- plusMonths does (31 January + 1 month = 28 or 29 February).
CREATE FUNCTION outcome.months_until(ended date, started date) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT m + CASE WHEN started > (ended + make_interval(months => m))::date THEN 1 ELSE 0 END
    FROM (SELECT ((extract(year FROM started) - extract(year FROM ended)) * 12
                  + extract(month FROM started) - extract(month FROM ended))::integer AS m) months
$$;

CREATE TABLE outcome.internship_outcome (
    internship_id             bigint      PRIMARY KEY,
    participant_id            bigint      NOT NULL,
    call_id                   bigint      NOT NULL,
    provider_id               bigint      NOT NULL,
    province                  char(2)     NOT NULL,
    region_code               char(2)     NOT NULL,
    status                    varchar(20) NOT NULL CHECK (status IN ('COMPLETED', 'TERMINATED')),
    start_date                date        NOT NULL,
    end_date                  date        NOT NULL,
    host_section              char(1)     NOT NULL,
    -- the first employment contract (any family but C.) starting on or after the end date; ties on
    -- the start date go to the lowest communication id
    first_employment_start    date,
    first_contract_type       varchar(7),
    first_contract_end        date,
    months_to_employment      integer,
    -- the first employment contract with the host itself (employer tax code = host tax code)
    host_employment_start     date,
    months_to_host_employment integer,
    -- ESF+ EECR04: an employment contract in force on some day from the end date to 4 weeks after it
    employed_on_leaving       boolean     NOT NULL,
    -- ESF+ EECR05: an employment contract in force on the end date plus 6 months
    employed_at_six_months    boolean     NOT NULL,
    CHECK (first_employment_start IS NULL OR first_employment_start >= end_date),
    CHECK (host_employment_start IS NULL OR host_employment_start >= first_employment_start)
);
CREATE INDEX internship_outcome_participant ON outcome.internship_outcome (participant_id);
CREATE INDEX internship_outcome_call ON outcome.internship_outcome (call_id, status);

-- The facts of the internships already stored.
INSERT INTO outcome.internship_outcome (internship_id, participant_id, call_id, provider_id, province, region_code,
    status, start_date, end_date, host_section, first_employment_start, first_contract_type, first_contract_end,
    months_to_employment, host_employment_start, months_to_host_employment, employed_on_leaving,
    employed_at_six_months)
SELECT i.id, k.participant_id, k.call_id, k.provider_id, k.province, k.region_code, i.status, i.start_date,
       i.end_date, i.host_section, f.start_date, f.contract_type, f.end_date,
       outcome.months_until(i.end_date, f.start_date), h.start_date, outcome.months_until(i.end_date, h.start_date),
       EXISTS (SELECT 1 FROM outcome.contract c
               WHERE c.participant_id = k.participant_id AND c.employment AND c.start_date <= i.end_date + 28
                 AND (c.end_date IS NULL OR c.end_date >= i.end_date)),
       EXISTS (SELECT 1 FROM outcome.contract c
               WHERE c.participant_id = k.participant_id AND c.employment
                 AND c.start_date <= (i.end_date + interval '6 months')::date
                 AND (c.end_date IS NULL OR c.end_date >= (i.end_date + interval '6 months')::date))
FROM internship.internship i
JOIN clearance.clearance k ON k.id = i.clearance_id
LEFT JOIN LATERAL (
    SELECT c.start_date, c.contract_type, c.end_date FROM outcome.contract c
    WHERE c.participant_id = k.participant_id AND c.employment AND c.start_date >= i.end_date
    ORDER BY c.start_date, c.communication_id LIMIT 1) f ON true
LEFT JOIN LATERAL (
    SELECT min(c.start_date) AS start_date FROM outcome.contract c
    WHERE c.participant_id = k.participant_id AND c.employment AND c.start_date >= i.end_date
      AND c.employer_tax_code = i.host_tax_code) h ON true
WHERE i.status IN ('COMPLETED', 'TERMINATED');
