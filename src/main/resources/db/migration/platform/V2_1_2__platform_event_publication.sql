-- Spring Modulith's registry of events published between modules (its JDBC schema v2 for PostgreSQL),
-- kept in the platform schema (spring.modulith.events.jdbc.schema). Without it every shutdown fails
-- to read the incomplete publications.
CREATE TABLE IF NOT EXISTS platform.event_publication
(
    id                     uuid                     NOT NULL PRIMARY KEY,
    listener_id            text                     NOT NULL,
    event_type             text                     NOT NULL,
    serialized_event       text                     NOT NULL,
    publication_date       timestamp with time zone NOT NULL,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx
    ON platform.event_publication USING hash (serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx
    ON platform.event_publication (completion_date);
