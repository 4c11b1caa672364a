-- The sectors report counts internships by the section of their host's code in the code's edition:
-- section K is finance in ATECO 2007 and telecommunications and computing in ATECO 2025, so the
-- summary keeps the edition beside the section (null, as the section, for pathways not activated) and
-- hosts of the two editions are never added together. Every internship written before editions is
-- ATECO 2007. The three functions that write monitoring.pathway_count are those of V8_10_2 with the
-- edition added; nothing else in them changes.
ALTER TABLE monitoring.pathway_count ADD COLUMN host_edition smallint;
UPDATE monitoring.pathway_count SET host_edition = 2007 WHERE host_section IS NOT NULL;
ALTER TABLE monitoring.pathway_count
    ADD CHECK ((host_section IS NULL) = (host_edition IS NULL));
DROP INDEX monitoring.pathway_count_key;
CREATE UNIQUE INDEX pathway_count_key ON monitoring.pathway_count
    (call_id, province, month, region_code, clearance_status, internship_status, host_section, host_edition)
    NULLS NOT DISTINCT;

CREATE OR REPLACE FUNCTION monitoring.refresh_marked(what text) RETURNS void LANGUAGE plpgsql
    SET enable_mergejoin = off AS $$
DECLARE
    marked constant text := ' USING (SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key) mk
                             WHERE s.call_id = mk.call_id AND s.province = mk.province AND s.month = mk.month';
    key_count bigint;
    pathways bigint;
BEGIN
    SELECT count(*) INTO key_count
    FROM (SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key) mk;
    IF key_count > 0 THEN
        PERFORM monitoring.lock_marked();

        -- after the lock, so that this statement's snapshot holds what earlier writers of the keys committed
        IF key_count <= 100 THEN
            PERFORM monitoring.scope_few();
        ELSE
            ANALYZE pg_temp.monitoring_marked_key;
            PERFORM monitoring.scope_many();
        END IF;
        SELECT count(*) INTO pathways FROM pg_temp.monitoring_scope;
        IF pathways > 1000 THEN
            ANALYZE pg_temp.monitoring_scope;
        END IF;

        IF what = 'all' THEN
            EXECUTE 'DELETE FROM monitoring.pathway_count s' || marked;
            EXECUTE 'INSERT INTO monitoring.pathway_count (call_id, province, region_code, month, clearance_status,
                                                           internship_status, host_section, host_edition, pathways)
                     SELECT k.call_id, k.province, k.region_code, k.month, k.status, i.status, i.host_section,
                            i.host_ateco_edition, count(*)
                     FROM pg_temp.monitoring_scope k
                     LEFT JOIN internship.internship i ON i.clearance_id = k.id
                     GROUP BY k.call_id, k.province, k.region_code, k.month, k.status, i.status, i.host_section,
                              i.host_ateco_edition';
            EXECUTE 'DELETE FROM monitoring.provider_month s' || marked;
            EXECUTE 'INSERT INTO monitoring.provider_month (call_id, province, region_code, month, provider_id)
                     SELECT DISTINCT k.call_id, k.province, k.region_code, k.month, k.provider_id
                     FROM pg_temp.monitoring_scope k WHERE k.status IN (''GRANTED'', ''CANCELLED'')';
        END IF;
        IF what IN ('all', 'profile') THEN
            EXECUTE 'DELETE FROM monitoring.profile_count s' || marked;
            EXECUTE 'INSERT INTO monitoring.profile_count (call_id, province, region_code, month, traits, pathways)
                     SELECT k.call_id, k.province, k.region_code, k.month,
                            monitoring.traits(p.prior_work_experience, p.professional_qualification, p.housed_in_reception,
                                              p.language_knowledge, p.language_levels) AS traits, count(*)
                     FROM pg_temp.monitoring_scope k
                     JOIN internship.internship i ON i.clearance_id = k.id AND i.status IN (''ONGOING'', ''COMPLETED'')
                     JOIN participant.participant p ON p.id = k.participant_id
                     GROUP BY k.call_id, k.province, k.region_code, k.month, traits';
        END IF;
        IF what IN ('all', 'services') THEN
            EXECUTE 'DELETE FROM monitoring.service_count s' || marked;
            EXECUTE 'INSERT INTO monitoring.service_count (call_id, province, region_code, month, area, pathways, hours, complete)
                     SELECT k.call_id, k.province, k.region_code, k.month, h.area, count(*), sum(h.hours),
                            count(*) FILTER (WHERE h.hours >= ca.model_hours)
                     FROM pg_temp.monitoring_scope k
                     JOIN accounting.pathway_area_hours h ON h.clearance_id = k.id
                     LEFT JOIN programme.call_area ca ON ca.call_id = k.call_id AND ca.area = h.area
                     WHERE k.status IN (''GRANTED'', ''CANCELLED'')
                       AND EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
                     GROUP BY k.call_id, k.province, k.region_code, k.month, h.area';
        END IF;
        DROP TABLE pg_temp.monitoring_scope;
    END IF;

    IF what IN ('all', 'profile') THEN
        PERFORM monitoring.refresh_repeats();
    END IF;
END $$;

CREATE OR REPLACE FUNCTION monitoring.clearance_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    IF TG_OP = 'INSERT' THEN
        -- a new clearance has no internship nor hours yet: it adds to the clearance counts alone
        INSERT INTO pg_temp.monitoring_marked_key SELECT call_id, province, monitoring.month_of(requested_on) FROM new_rows;
        PERFORM monitoring.lock_marked();
        INSERT INTO monitoring.pathway_count AS t (call_id, province, region_code, month, clearance_status,
                                                   internship_status, host_section, host_edition, pathways)
        SELECT call_id, province, region_code, monitoring.month_of(requested_on), status, NULL, NULL, NULL, count(*)
        FROM new_rows GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (call_id, province, month, region_code, clearance_status, internship_status, host_section,
                     host_edition)
        DO UPDATE SET pathways = t.pathways + excluded.pathways;
        INSERT INTO monitoring.provider_month (call_id, province, region_code, month, provider_id)
        SELECT DISTINCT call_id, province, region_code, monitoring.month_of(requested_on), provider_id
        FROM new_rows WHERE status IN ('GRANTED', 'CANCELLED')
        ON CONFLICT DO NOTHING;
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_temp.monitoring_marked_key SELECT call_id, province, monitoring.month_of(requested_on) FROM old_rows;
        INSERT INTO pg_temp.monitoring_marked_participant SELECT participant_id FROM old_rows;
    ELSE
        WITH changed AS (
            SELECT o.call_id AS old_call, o.province AS old_province, o.requested_on AS old_requested,
                   o.participant_id AS old_participant,
                   n.call_id, n.province, n.requested_on, n.participant_id
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.call_id, o.provider_id, o.participant_id, o.province, o.region_code, o.requested_on, o.status)
                  IS DISTINCT FROM (n.call_id, n.provider_id, n.participant_id, n.province, n.region_code, n.requested_on, n.status)),
        keys AS (
            INSERT INTO pg_temp.monitoring_marked_key
            SELECT old_call, old_province, monitoring.month_of(old_requested) FROM changed
            UNION ALL SELECT call_id, province, monitoring.month_of(requested_on) FROM changed)
        INSERT INTO pg_temp.monitoring_marked_participant
        SELECT old_participant FROM changed UNION ALL SELECT participant_id FROM changed;
    END IF;
    PERFORM monitoring.refresh_marked('all');
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION monitoring.internship_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    IF TG_OP = 'INSERT' THEN
        -- each new internship moves its pathway from not activated to its status, and brings in its
        -- person's profile and its hours
        INSERT INTO pg_temp.monitoring_marked_clearance SELECT clearance_id FROM new_rows;
        PERFORM monitoring.mark_clearances();
        PERFORM monitoring.lock_marked();
        INSERT INTO monitoring.pathway_count AS t (call_id, province, region_code, month, clearance_status,
                                                   internship_status, host_section, host_edition, pathways)
        SELECT k.call_id, k.province, k.region_code, monitoring.month_of(k.requested_on), k.status, d.status,
               d.host_section, d.host_edition, sum(d.pathways)
        FROM (SELECT clearance_id, status, host_section, host_ateco_edition AS host_edition, 1 AS pathways FROM new_rows
              UNION ALL SELECT clearance_id, NULL, NULL, NULL, -1 FROM new_rows) d
        JOIN clearance.clearance k ON k.id = d.clearance_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (call_id, province, month, region_code, clearance_status, internship_status, host_section,
                     host_edition)
        DO UPDATE SET pathways = t.pathways + excluded.pathways;
        INSERT INTO monitoring.profile_count AS t (call_id, province, region_code, month, traits, pathways)
        SELECT k.call_id, k.province, k.region_code, monitoring.month_of(k.requested_on),
               monitoring.traits(p.prior_work_experience, p.professional_qualification, p.housed_in_reception,
                                 p.language_knowledge, p.language_levels), count(*)
        FROM new_rows i
        JOIN clearance.clearance k ON k.id = i.clearance_id
        JOIN participant.participant p ON p.id = k.participant_id
        WHERE i.status IN ('ONGOING', 'COMPLETED')
        GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (call_id, province, month, region_code, traits) DO UPDATE SET pathways = t.pathways + excluded.pathways;
        INSERT INTO monitoring.service_count AS t (call_id, province, region_code, month, area, pathways, hours, complete)
        SELECT k.call_id, k.province, k.region_code, monitoring.month_of(k.requested_on), h.area, count(*), sum(h.hours),
               count(*) FILTER (WHERE h.hours >= ca.model_hours)
        FROM new_rows i
        JOIN clearance.clearance k ON k.id = i.clearance_id AND k.status IN ('GRANTED', 'CANCELLED')
        JOIN accounting.pathway_area_hours h ON h.clearance_id = k.id
        LEFT JOIN programme.call_area ca ON ca.call_id = k.call_id AND ca.area = h.area
        GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (call_id, province, month, region_code, area)
        DO UPDATE SET pathways = t.pathways + excluded.pathways, hours = t.hours + excluded.hours,
                      complete = t.complete + excluded.complete;
        PERFORM monitoring.drop_empty();
        PERFORM monitoring.refresh_repeats();
        RETURN NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO pg_temp.monitoring_marked_clearance SELECT clearance_id FROM old_rows;
    ELSE
        INSERT INTO pg_temp.monitoring_marked_clearance
        SELECT x.clearance_id
        FROM old_rows o JOIN new_rows n ON n.id = o.id,
             LATERAL (VALUES (o.clearance_id), (n.clearance_id)) AS x (clearance_id)
        WHERE (o.clearance_id, o.status, o.host_section, o.host_ateco_edition)
              IS DISTINCT FROM (n.clearance_id, n.status, n.host_section, n.host_ateco_edition);
    END IF;
    PERFORM monitoring.mark_clearances();
    PERFORM monitoring.refresh_marked('all');
    RETURN NULL;
END $$;
