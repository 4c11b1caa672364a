-- The internships' list at national scale (issue 17), the latest start first, read along an index in its
-- order rather than sorted.
CREATE INDEX IF NOT EXISTS internship_list_order ON internship.internship (start_date, id);
