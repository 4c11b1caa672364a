-- The monitoring summaries are kept per call, province and month of request (monitoring/V8_10_2): a
-- write recomputes the few hundred clearances of its own keys, found through this index.
CREATE INDEX clearance_call_province_requested ON clearance.clearance (call_id, province, requested_on);
