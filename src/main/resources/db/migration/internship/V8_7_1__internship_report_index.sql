-- The monitoring reports join internships to their clearance and read only the status and the host's
-- ATECO section: an index that carries them lets the reports skip the table.
CREATE INDEX internship_report ON internship.internship (clearance_id) INCLUDE (status, host_section);
