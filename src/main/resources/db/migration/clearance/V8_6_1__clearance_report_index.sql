-- The monitoring reports restrict clearances by call and status and read the provider, participant
-- and territory: an index that carries them lets the reports skip the table (index-only scans).
CREATE INDEX clearance_report ON clearance.clearance (call_id, status)
    INCLUDE (provider_id, participant_id, province, region_code);
