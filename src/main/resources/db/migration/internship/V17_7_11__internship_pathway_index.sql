-- The monitoring reports join internships to their clearance and read the internship's id (activated
-- or not), status and host's ATECO section. Over the days of a month that a report's period cuts
-- (monitoring.internal.CutPeriodQueries) they look up a few thousand clearances' internships one by one:
-- with the id in the index too, each look-up is index-only, and the planner prefers it to hashing every
-- internship (a month of the busiest call at scale 100: 40 ms against 320 ms). It replaces
-- internship_report (internship/V8_7_1), which held the same but the id.
CREATE INDEX internship_pathway ON internship.internship (clearance_id) INCLUDE (id, status, host_section);
DROP INDEX internship.internship_report;
