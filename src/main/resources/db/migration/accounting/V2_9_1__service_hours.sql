-- Service hours delivered on a pathway: one row per pathway, area and day.
CREATE SCHEMA accounting;

CREATE TABLE accounting.service_delivery (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clearance_id bigint       NOT NULL REFERENCES clearance.clearance (id),
    area         varchar(30)  NOT NULL,
    delivered_on date         NOT NULL,
    hours        numeric(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 8),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0,
    UNIQUE (clearance_id, area, delivered_on)
);
