-- Findings of the regional focus groups, recorded by officers beside the region's figures.
CREATE SCHEMA monitoring;

CREATE TABLE monitoring.review_note (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code char(2)       NOT NULL REFERENCES reference.region (code),
    theme       varchar(40)   NOT NULL CHECK (theme IN ('SELECTING_PARTICIPANTS', 'GUIDANCE', 'SCOUTING_HOSTS',
                                                        'ATTESTING_COMPETENCES', 'AFTER_INTERNSHIP')),
    kind        varchar(20)   NOT NULL CHECK (kind IN ('STRENGTH', 'WEAKNESS')),
    text        varchar(2000) NOT NULL,
    noted_on    date          NOT NULL,
    author_id   bigint        NOT NULL,
    author_name varchar(200)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX review_note_region ON monitoring.review_note (region_code, noted_on DESC);
