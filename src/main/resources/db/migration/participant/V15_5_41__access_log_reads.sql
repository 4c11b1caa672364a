-- The access log also records reads that name several people at once: a search or list that showed
-- named people, a bulk export. Those concern no single person (participant_id is null); they keep the
-- filter the user gave and how many people they named. A read of one person's data on another
-- record's page (a clearance, an internship, a history) says which record in target.
ALTER TABLE participant.access_log
    ALTER COLUMN participant_id DROP NOT NULL,
    ADD COLUMN kind   varchar(10)   NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'SEARCH', 'EXPORT')),
    ADD COLUMN target varchar(200),
    ADD COLUMN filter varchar(1000),
    ADD COLUMN people integer CHECK (people >= 0),
    ADD CONSTRAINT access_log_subject CHECK ((kind = 'PERSON') = (participant_id IS NOT NULL));

CREATE INDEX access_log_kind ON participant.access_log (kind, at DESC);
