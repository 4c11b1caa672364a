-- Imports started from the Scambio dati page run in the background on the node that received the file;
-- their progress and outcome live here so that the page, polled through any node, shows them (issue 16).
-- A running job's node touches updated_at at least every few seconds; a job whose node stopped doing so
-- is shown as failed. Ended jobs are forgotten an hour after they end.
CREATE SCHEMA interchange;

CREATE TABLE interchange.import_job (
    id          varchar(36)  PRIMARY KEY,
    owner_id    bigint       NOT NULL,
    dataset     varchar(100) NOT NULL,
    file_name   text,
    state       varchar(10)  NOT NULL CHECK (state IN ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED')),
    phase       varchar(10)  NOT NULL CHECK (phase IN ('READING', 'CHECKING', 'WRITING', 'DONE')),
    rows_done   bigint       NOT NULL DEFAULT 0,
    inserted    bigint,
    updated     bigint,
    unchanged   bigint,
    skipped     bigint,
    error_count bigint,
    -- the errors reported (at most ImportRejectedException.MAX_REPORTED): row, column, message key,
    -- message arguments and location, for the page and the errors' CSV in the reader's language
    errors      jsonb,
    node        varchar(200) NOT NULL,
    started_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    ended_at    timestamptz,
    CONSTRAINT ended_when_not_running CHECK ((state = 'RUNNING') = (ended_at IS NULL))
);
CREATE INDEX import_job_ended ON interchange.import_job (ended_at);
