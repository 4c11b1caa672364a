-- A monitoring report over a period that cuts a month reads the whole months from the summaries and
-- counts the days of the one or two months it cuts from the clearances of the selected calls
-- (monitoring.internal.CutPeriodQueries): this index finds those days call by call and carries what the
-- reports read of them, so a month of a call is a short index-only range scan.
CREATE INDEX clearance_call_requested ON clearance.clearance (call_id, requested_on)
    INCLUDE (id, status, provider_id, participant_id, province, region_code);
