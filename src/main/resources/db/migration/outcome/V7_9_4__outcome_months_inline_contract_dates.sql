-- The months from an internship's end to a contract's start, as a single expression the planner inlines
-- (the first version read its arithmetic from a subquery, which PostgreSQL runs as a separate function
-- call per row: about 7 times slower over the facts of a whole programme).
--
-- started falls in the calendar month m months after ended's; ended plus m months is that month's day
-- of ended, or its last day when shorter. started is later than that day exactly when its day of the
-- month is greater than ended's, so the least N with started <= ended + N months is m, plus one then.
-- Not STRICT (a strict function is inlined only when its body is provably strict), but null in, null out.
CREATE OR REPLACE FUNCTION outcome.months_until(ended date, started date) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE CALLED ON NULL INPUT
AS $$
    SELECT ((date_part('year', started) - date_part('year', ended)) * 12
            + date_part('month', started) - date_part('month', ended)
            + CASE WHEN date_part('day', started) > date_part('day', ended) THEN 1 ELSE 0 END)::integer
$$;

-- A contract ends on or after its start: the imports refuse the row, the table refuses it too, and the
-- outcome facts leave out of their join the contracts that ended before the internship did.
ALTER TABLE outcome.contract ADD CONSTRAINT contract_ends_after_start CHECK (end_date IS NULL OR end_date >= start_date);
