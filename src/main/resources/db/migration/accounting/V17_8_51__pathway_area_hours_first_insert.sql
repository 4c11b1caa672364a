-- The hours per pathway and area of accounting/V8_8_1, kept by the same statement triggers with one
-- change: hours inserted while accounting.pathway_area_hours is empty (a programme's history imported
-- into a new instance: at national scale times a hundred 7.4 million days summed into 2.5 million rows)
-- go in by a plain insert, under a lock that keeps the table empty of other writes until the commit,
-- instead of an upsert that probes the key of each row and confirms each insertion in the log. The
-- rows written are the same either way: the sums are grouped by pathway and area, so no two conflict.
CREATE OR REPLACE FUNCTION accounting.pathway_area_hours_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE accounting.pathway_area_hours;
    ELSIF TG_OP = 'INSERT' THEN
        IF NOT EXISTS (SELECT 1 FROM accounting.pathway_area_hours) THEN
            LOCK TABLE accounting.pathway_area_hours IN SHARE ROW EXCLUSIVE MODE;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM accounting.pathway_area_hours) THEN
            INSERT INTO accounting.pathway_area_hours (clearance_id, area, hours)
            SELECT clearance_id, area, sum(hours) FROM new_rows WHERE clearance_id IS NOT NULL GROUP BY clearance_id, area;
        ELSE
            INSERT INTO accounting.pathway_area_hours AS t (clearance_id, area, hours)
            SELECT clearance_id, area, sum(hours) FROM new_rows WHERE clearance_id IS NOT NULL GROUP BY clearance_id, area
            ON CONFLICT (clearance_id, area) DO UPDATE SET hours = t.hours + excluded.hours;
        END IF;
    ELSE
        IF TG_OP = 'UPDATE' THEN
            INSERT INTO accounting.pathway_area_hours AS t (clearance_id, area, hours)
            SELECT clearance_id, area, sum(hours)
            FROM (SELECT clearance_id, area, hours FROM new_rows
                  UNION ALL SELECT clearance_id, area, -hours FROM old_rows) AS change
            WHERE clearance_id IS NOT NULL
            GROUP BY clearance_id, area
            ON CONFLICT (clearance_id, area) DO UPDATE SET hours = t.hours + excluded.hours;
        ELSE
            UPDATE accounting.pathway_area_hours AS t SET hours = t.hours - o.hours
            FROM (SELECT clearance_id, area, sum(hours) AS hours FROM old_rows GROUP BY clearance_id, area) AS o
            WHERE t.clearance_id = o.clearance_id AND t.area = o.area;
        END IF;
        DELETE FROM accounting.pathway_area_hours t USING old_rows o
        WHERE t.clearance_id = o.clearance_id AND t.area = o.area AND t.hours <= 0;
    END IF;
    RETURN NULL;
END $$;
