-- The outcomes report's breakdown by sector keeps the host's section with its ATECO edition: a letter
-- for ATECO 2007 (every fact stored so far), 2025-K for ATECO 2025, whose K is another section than
-- 2007's. Written by OutcomeFacts.
ALTER TABLE outcome.internship_outcome ALTER COLUMN host_section TYPE varchar(6);
