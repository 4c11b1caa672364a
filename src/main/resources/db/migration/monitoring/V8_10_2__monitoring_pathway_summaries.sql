-- Summaries of the pathways at the grain of the report filters: call, province (and its region) and
-- month of the clearance request. The funnel, summary, territory, sectors, profile and services
-- reports read these (thousands of rows at national scale times a hundred) instead of the clearances,
-- internships and hours behind them (hundreds of thousands per call).
--
-- They are kept by statement triggers on every table they depend on, in the transaction of the write,
-- so no code path can forget them. A write marks the keys (call, province, month) it touches and locks
-- them in order (one row each in monitoring.pathway_key): concurrent writers of the same key take turns
-- until commit, so each one's statements see what the one before committed; writers of different keys
-- do not wait for each other. New clearances, new internships and hours add their difference to the
-- summaries (the bulk of every import); updates and deletions recompute their keys from the records.
--
-- The profile counts distinct people: a person with more than one qualifying pathway would be counted
-- once per pathway, so monitoring.profile_repeat keeps those people's pathways and the report takes the
-- surplus away (a handful of rows: one endowment per person is the rule).

CREATE TABLE monitoring.pathway_key (
    call_id  bigint  NOT NULL,
    province char(2) NOT NULL,
    month    date    NOT NULL,
    PRIMARY KEY (call_id, province, month)
);

-- Clearances by status, with their internship's status and host section (null when not activated).
CREATE TABLE monitoring.pathway_count (
    call_id           bigint      NOT NULL,
    province          char(2)     NOT NULL,
    region_code       char(2)     NOT NULL,
    month             date        NOT NULL,
    clearance_status  varchar(20) NOT NULL,
    internship_status varchar(20),
    host_section      char(1),
    pathways          integer     NOT NULL
);
CREATE UNIQUE INDEX pathway_count_key ON monitoring.pathway_count
    (call_id, province, month, region_code, clearance_status, internship_status, host_section) NULLS NOT DISTINCT;

-- Providers with a clearance ever granted (GRANTED or CANCELLED), for the distinct counts.
CREATE TABLE monitoring.provider_month (
    call_id     bigint  NOT NULL,
    province    char(2) NOT NULL,
    region_code char(2) NOT NULL,
    month       date    NOT NULL,
    provider_id bigint  NOT NULL
);
CREATE UNIQUE INDEX provider_month_key ON monitoring.provider_month (call_id, province, month, region_code, provider_id);

-- Pathways with an internship ONGOING or COMPLETED, by the traits of the person (see monitoring.traits).
CREATE TABLE monitoring.profile_count (
    call_id     bigint   NOT NULL,
    province    char(2)  NOT NULL,
    region_code char(2)  NOT NULL,
    month       date     NOT NULL,
    traits      smallint NOT NULL,
    pathways    integer  NOT NULL
);
CREATE UNIQUE INDEX profile_count_key ON monitoring.profile_count (call_id, province, month, region_code, traits);

-- The qualifying pathways of people who have more than one.
CREATE TABLE monitoring.profile_repeat (
    participant_id bigint   NOT NULL,
    call_id        bigint   NOT NULL,
    province       char(2)  NOT NULL,
    region_code    char(2)  NOT NULL,
    month          date     NOT NULL,
    traits         smallint NOT NULL,
    pathways       integer  NOT NULL
);
CREATE INDEX profile_repeat_participant ON monitoring.profile_repeat (participant_id);

-- Over clearances ever granted that have an internship, per area: pathways with hours in the area, the
-- hours, and the pathways whose hours reach the call's model hours for the area.
CREATE TABLE monitoring.service_count (
    call_id     bigint         NOT NULL,
    province    char(2)        NOT NULL,
    region_code char(2)        NOT NULL,
    month       date           NOT NULL,
    area        varchar(30)    NOT NULL,
    pathways    integer        NOT NULL,
    hours       numeric(14, 2) NOT NULL,
    complete    integer        NOT NULL
);
CREATE UNIQUE INDEX service_count_key ON monitoring.service_count (call_id, province, month, region_code, area);

CREATE FUNCTION monitoring.month_of(day date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date_trunc('month', day::timestamp)::date;

-- 1 prior work experience, 2 professional qualification, 4 housed in reception, 8 good knowledge of
-- Italian, 16 a certificate at A1 or higher, 32 at A2 or higher.
CREATE FUNCTION monitoring.traits(prior_work boolean, qualification boolean, reception boolean,
                                  knowledge varchar, levels varchar[]) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (CASE WHEN prior_work THEN 1 ELSE 0 END
          + CASE WHEN qualification THEN 2 ELSE 0 END
          + CASE WHEN reception THEN 4 ELSE 0 END
          + CASE WHEN knowledge = 'GOOD' THEN 8 ELSE 0 END
          + CASE WHEN levels && ARRAY['A1', 'A2', 'B1', 'B2', 'C1', 'C2']::varchar[] THEN 16 ELSE 0 END
          + CASE WHEN levels && ARRAY['A2', 'B1', 'B2', 'C1', 'C2']::varchar[] THEN 32 ELSE 0 END)::smallint;

-- The marks of one write: temporary tables of this transaction, emptied before each use.
CREATE FUNCTION monitoring.begin_marks() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.monitoring_marked_key') IS NULL THEN
        CREATE TEMP TABLE monitoring_marked_key (call_id bigint NOT NULL, province char(2) NOT NULL,
                                                 month date NOT NULL) ON COMMIT DROP;
        CREATE TEMP TABLE monitoring_marked_participant (participant_id bigint NOT NULL) ON COMMIT DROP;
        CREATE TEMP TABLE monitoring_marked_clearance (clearance_id bigint NOT NULL) ON COMMIT DROP;
    ELSE
        DELETE FROM pg_temp.monitoring_marked_key;
        DELETE FROM pg_temp.monitoring_marked_participant;
        DELETE FROM pg_temp.monitoring_marked_clearance;
    END IF;
END $$;

-- Marks the keys and people of the marked clearances (written by the triggers of the tables that hang
-- off a clearance).
CREATE FUNCTION monitoring.mark_clearances() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM pg_temp.monitoring_marked_clearance) > 1000 THEN
        ANALYZE pg_temp.monitoring_marked_clearance;
    END IF;
    EXECUTE 'CREATE TEMP TABLE monitoring_clearance_marks ON COMMIT DROP AS
             SELECT k.call_id, k.province, monitoring.month_of(k.requested_on) AS month, k.participant_id
             FROM clearance.clearance k
             WHERE k.id IN (SELECT clearance_id FROM pg_temp.monitoring_marked_clearance)';
    INSERT INTO pg_temp.monitoring_marked_key SELECT call_id, province, month FROM pg_temp.monitoring_clearance_marks;
    INSERT INTO pg_temp.monitoring_marked_participant SELECT participant_id FROM pg_temp.monitoring_clearance_marks;
    DROP TABLE pg_temp.monitoring_clearance_marks;
END $$;

-- Locks the marked keys in order, creating those that are new.
CREATE FUNCTION monitoring.lock_marked() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO monitoring.pathway_key (call_id, province, month)
    SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key
    ON CONFLICT DO NOTHING;
    PERFORM 1 FROM monitoring.pathway_key p
    WHERE (p.call_id, p.province, p.month) IN (SELECT call_id, province, month FROM pg_temp.monitoring_marked_key)
    ORDER BY p.call_id, p.province, p.month
    FOR UPDATE OF p;
END $$;

-- The qualifying pathways of the marked people who have more than one, from the records.
CREATE FUNCTION monitoring.refresh_repeats() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_temp.monitoring_marked_participant) THEN
        IF (SELECT count(*) FROM pg_temp.monitoring_marked_participant) > 1000 THEN
            ANALYZE pg_temp.monitoring_marked_participant;
        END IF;
        EXECUTE 'DELETE FROM monitoring.profile_repeat r
                 USING (SELECT DISTINCT participant_id FROM pg_temp.monitoring_marked_participant) mp
                 WHERE r.participant_id = mp.participant_id';
        EXECUTE 'INSERT INTO monitoring.profile_repeat (participant_id, call_id, province, region_code, month, traits, pathways)
                 SELECT participant_id, call_id, province, region_code, month, traits, pathways
                 FROM (SELECT k.participant_id, k.call_id, k.province, k.region_code,
                              monitoring.month_of(k.requested_on) AS month,
                              monitoring.traits(p.prior_work_experience, p.professional_qualification,
                                                p.housed_in_reception, p.language_knowledge, p.language_levels) AS traits,
                              count(*) AS pathways, sum(count(*)) OVER (PARTITION BY k.participant_id) AS total
                       FROM (SELECT DISTINCT participant_id FROM pg_temp.monitoring_marked_participant) mp
                       JOIN clearance.clearance k ON k.participant_id = mp.participant_id
                       JOIN internship.internship i ON i.clearance_id = k.id AND i.status IN (''ONGOING'', ''COMPLETED'')
                       JOIN participant.participant p ON p.id = k.participant_id
                       GROUP BY k.participant_id, k.call_id, k.province, k.region_code, month, traits) q
                 WHERE total > 1';
    END IF;
END $$;

-- Takes away the summary rows of the marked keys that differences brought to zero pathways.
CREATE FUNCTION monitoring.drop_empty() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM monitoring.pathway_count s
    USING (SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key) mk
    WHERE s.call_id = mk.call_id AND s.province = mk.province AND s.month = mk.month AND s.pathways = 0;
    DELETE FROM monitoring.profile_count s
    USING (SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key) mk
    WHERE s.call_id = mk.call_id AND s.province = mk.province AND s.month = mk.month AND s.pathways = 0;
    DELETE FROM monitoring.service_count s
    USING (SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key) mk
    WHERE s.call_id = mk.call_id AND s.province = mk.province AND s.month = mk.month AND s.pathways = 0;
END $$;

-- The clearances of the marked keys, into a temporary table: for a few keys through the index on call,
-- province and request date; for many, by hashing all clearances on their key (the planner, which
-- cannot estimate how many clearances a month of a key holds, would otherwise loop over the index).
CREATE FUNCTION monitoring.scope_few() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'CREATE TEMP TABLE monitoring_scope ON COMMIT DROP AS
             SELECT k.id, k.call_id, k.province, k.region_code, mk.month, k.status, k.provider_id, k.participant_id
             FROM (SELECT DISTINCT call_id, province, month,
                          (month + interval ''1 month'' - interval ''1 day'')::date AS last_day
                   FROM pg_temp.monitoring_marked_key) mk
             JOIN clearance.clearance k ON k.call_id = mk.call_id AND k.province = mk.province
              AND k.requested_on BETWEEN mk.month AND mk.last_day';
END $$;

CREATE FUNCTION monitoring.scope_many() RETURNS void LANGUAGE plpgsql
    SET enable_nestloop = off SET enable_mergejoin = off AS $$
BEGIN
    EXECUTE 'CREATE TEMP TABLE monitoring_scope ON COMMIT DROP AS
             SELECT k.id, k.call_id, k.province, k.region_code, mk.month, k.status, k.provider_id, k.participant_id
             FROM (SELECT DISTINCT call_id, province, month FROM pg_temp.monitoring_marked_key) mk
             JOIN clearance.clearance k ON k.call_id = mk.call_id AND k.province = mk.province
              AND monitoring.month_of(k.requested_on) = mk.month';
END $$;

-- Recomputes the summaries of the marked keys (what: 'all', 'profile' or 'services') and the repeats
-- of the marked people. The clearances of the marked keys are read once into a temporary table, then
-- each summary is computed from it. Statements are planned at each call (EXECUTE), on the real sizes:
-- a page action marks one key (a few hundred clearances, found through the index on call, province
-- and request date); an import may mark them all (hash joins over the whole tables).
CREATE FUNCTION monitoring.refresh_marked(what text) RETURNS void LANGUAGE plpgsql
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
                                                           internship_status, host_section, pathways)
                     SELECT k.call_id, k.province, k.region_code, k.month, k.status, i.status, i.host_section, count(*)
                     FROM pg_temp.monitoring_scope k
                     LEFT JOIN internship.internship i ON i.clearance_id = k.id
                     GROUP BY k.call_id, k.province, k.region_code, k.month, k.status, i.status, i.host_section';
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

-- Everything again from the records: the first build, and after a TRUNCATE of any table behind it.
CREATE FUNCTION monitoring.rebuild_pathways() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE monitoring.pathway_key, monitoring.pathway_count, monitoring.provider_month,
             monitoring.profile_count, monitoring.profile_repeat, monitoring.service_count;
    PERFORM monitoring.begin_marks();
    INSERT INTO pg_temp.monitoring_marked_key (call_id, province, month)
    SELECT DISTINCT call_id, province, monitoring.month_of(requested_on) FROM clearance.clearance;
    INSERT INTO pg_temp.monitoring_marked_participant (participant_id)
    SELECT DISTINCT participant_id FROM clearance.clearance;
    PERFORM monitoring.refresh_marked('all');
END $$;

CREATE FUNCTION monitoring.pathways_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.rebuild_pathways();
    RETURN NULL;
END $$;

-- Clearances: the keys and people of the rows written; an update only when a column the summaries read
-- changed (decisions change the status; other edits leave the summaries alone).
CREATE FUNCTION monitoring.clearance_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    IF TG_OP = 'INSERT' THEN
        -- a new clearance has no internship nor hours yet: it adds to the clearance counts alone
        INSERT INTO pg_temp.monitoring_marked_key SELECT call_id, province, monitoring.month_of(requested_on) FROM new_rows;
        PERFORM monitoring.lock_marked();
        INSERT INTO monitoring.pathway_count AS t (call_id, province, region_code, month, clearance_status,
                                                   internship_status, host_section, pathways)
        SELECT call_id, province, region_code, monitoring.month_of(requested_on), status, NULL, NULL, count(*)
        FROM new_rows GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (call_id, province, month, region_code, clearance_status, internship_status, host_section)
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

CREATE TRIGGER monitoring_clearance_insert AFTER INSERT ON clearance.clearance
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.clearance_written();
CREATE TRIGGER monitoring_clearance_update AFTER UPDATE ON clearance.clearance
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION monitoring.clearance_written();
CREATE TRIGGER monitoring_clearance_delete AFTER DELETE ON clearance.clearance
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.clearance_written();
CREATE TRIGGER monitoring_clearance_truncate AFTER TRUNCATE ON clearance.clearance
    FOR EACH STATEMENT EXECUTE FUNCTION monitoring.pathways_truncated();

-- Internships: the keys and people of their clearances, before and after.
CREATE FUNCTION monitoring.internship_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    IF TG_OP = 'INSERT' THEN
        -- each new internship moves its pathway from not activated to its status, and brings in its
        -- person's profile and its hours
        INSERT INTO pg_temp.monitoring_marked_clearance SELECT clearance_id FROM new_rows;
        PERFORM monitoring.mark_clearances();
        PERFORM monitoring.lock_marked();
        INSERT INTO monitoring.pathway_count AS t (call_id, province, region_code, month, clearance_status,
                                                   internship_status, host_section, pathways)
        SELECT k.call_id, k.province, k.region_code, monitoring.month_of(k.requested_on), k.status, d.status,
               d.host_section, sum(d.pathways)
        FROM (SELECT clearance_id, status, host_section, 1 AS pathways FROM new_rows
              UNION ALL SELECT clearance_id, NULL, NULL, -1 FROM new_rows) d
        JOIN clearance.clearance k ON k.id = d.clearance_id
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (call_id, province, month, region_code, clearance_status, internship_status, host_section)
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
        WHERE (o.clearance_id, o.status, o.host_section) IS DISTINCT FROM (n.clearance_id, n.status, n.host_section);
    END IF;
    PERFORM monitoring.mark_clearances();
    PERFORM monitoring.refresh_marked('all');
    RETURN NULL;
END $$;

CREATE TRIGGER monitoring_internship_insert AFTER INSERT ON internship.internship
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.internship_written();
CREATE TRIGGER monitoring_internship_update AFTER UPDATE ON internship.internship
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION monitoring.internship_written();
CREATE TRIGGER monitoring_internship_delete AFTER DELETE ON internship.internship
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.internship_written();
CREATE TRIGGER monitoring_internship_truncate AFTER TRUNCATE ON internship.internship
    FOR EACH STATEMENT EXECUTE FUNCTION monitoring.pathways_truncated();

-- Hours per pathway and area (themselves kept by the triggers of accounting.service_delivery): the
-- services summary of their clearances' keys.
CREATE FUNCTION monitoring.hours_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    CREATE TEMP TABLE monitoring_hours_change (clearance_id bigint, area varchar(30), hours numeric(10, 2),
                                               sign integer) ON COMMIT DROP;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO pg_temp.monitoring_hours_change SELECT clearance_id, area, hours, 1 FROM new_rows;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO pg_temp.monitoring_hours_change SELECT clearance_id, area, hours, -1 FROM old_rows;
    END IF;
    INSERT INTO pg_temp.monitoring_marked_clearance SELECT DISTINCT clearance_id FROM pg_temp.monitoring_hours_change;
    PERFORM monitoring.mark_clearances();
    PERFORM monitoring.lock_marked();
    -- an area's row of a pathway counts once, with its hours, complete when they reach the call's model
    EXECUTE 'INSERT INTO monitoring.service_count AS t (call_id, province, region_code, month, area, pathways, hours, complete)
             SELECT k.call_id, k.province, k.region_code, monitoring.month_of(k.requested_on), d.area, sum(d.sign),
                    sum(d.sign * d.hours), coalesce(sum(d.sign) FILTER (WHERE d.hours >= ca.model_hours), 0)
             FROM pg_temp.monitoring_hours_change d
             JOIN clearance.clearance k ON k.id = d.clearance_id AND k.status IN (''GRANTED'', ''CANCELLED'')
             LEFT JOIN programme.call_area ca ON ca.call_id = k.call_id AND ca.area = d.area
             WHERE EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
             GROUP BY 1, 2, 3, 4, 5
             ON CONFLICT (call_id, province, month, region_code, area)
             DO UPDATE SET pathways = t.pathways + excluded.pathways, hours = t.hours + excluded.hours,
                           complete = t.complete + excluded.complete';
    PERFORM monitoring.drop_empty();
    DROP TABLE pg_temp.monitoring_hours_change;
    RETURN NULL;
END $$;

CREATE TRIGGER monitoring_hours_insert AFTER INSERT ON accounting.pathway_area_hours
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.hours_written();
CREATE TRIGGER monitoring_hours_update AFTER UPDATE ON accounting.pathway_area_hours
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION monitoring.hours_written();
CREATE TRIGGER monitoring_hours_delete AFTER DELETE ON accounting.pathway_area_hours
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.hours_written();
CREATE TRIGGER monitoring_hours_truncate AFTER TRUNCATE ON accounting.pathway_area_hours
    FOR EACH STATEMENT EXECUTE FUNCTION monitoring.pathways_truncated();

-- A person's traits: the profile of their pathways' keys, and their repeats.
CREATE FUNCTION monitoring.participant_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    INSERT INTO pg_temp.monitoring_marked_participant
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.prior_work_experience, o.professional_qualification, o.housed_in_reception, o.language_knowledge,
           o.language_levels)
          IS DISTINCT FROM (n.prior_work_experience, n.professional_qualification, n.housed_in_reception,
                            n.language_knowledge, n.language_levels);
    IF FOUND THEN
        INSERT INTO pg_temp.monitoring_marked_key
        SELECT k.call_id, k.province, monitoring.month_of(k.requested_on)
        FROM clearance.clearance k
        WHERE k.participant_id IN (SELECT participant_id FROM pg_temp.monitoring_marked_participant);
        PERFORM monitoring.refresh_marked('profile');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER monitoring_participant_update AFTER UPDATE ON participant.participant
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION monitoring.participant_written();

-- The model hours of a call's areas: the services summary of all the call's keys.
CREATE FUNCTION monitoring.call_area_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM monitoring.begin_marks();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO pg_temp.monitoring_marked_key
        SELECT p.call_id, p.province, p.month FROM monitoring.pathway_key p
        WHERE p.call_id IN (SELECT call_id FROM old_rows);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO pg_temp.monitoring_marked_key
        SELECT p.call_id, p.province, p.month FROM monitoring.pathway_key p
        WHERE p.call_id IN (SELECT call_id FROM new_rows);
    END IF;
    PERFORM monitoring.refresh_marked('services');
    RETURN NULL;
END $$;

CREATE TRIGGER monitoring_call_area_insert AFTER INSERT ON programme.call_area
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.call_area_written();
CREATE TRIGGER monitoring_call_area_update AFTER UPDATE ON programme.call_area
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION monitoring.call_area_written();
CREATE TRIGGER monitoring_call_area_delete AFTER DELETE ON programme.call_area
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring.call_area_written();

SELECT monitoring.rebuild_pathways();
