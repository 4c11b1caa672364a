-- Suspensions (illness or injury, maternity, host closure): each moves the planned end by its days.
CREATE TABLE internship.suspension (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    internship_id bigint       NOT NULL REFERENCES internship.internship (id),
    cause         varchar(30)  NOT NULL CHECK (cause IN ('ILLNESS_OR_INJURY', 'MATERNITY', 'HOST_CLOSURE')),
    from_date     date         NOT NULL,
    to_date       date         NOT NULL,
    note          varchar(500),
    created_by    bigint,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CHECK (to_date >= from_date)
);
CREATE INDEX suspension_internship ON internship.suspension (internship_id);

-- The monthly attendance register: one row per month of internship, keyed by the first day of the
-- calendar month in which that internship month begins. The allowance of a month is due when the
-- attended hours reach the call's threshold of the planned ones.
CREATE TABLE internship.attendance (
    internship_id  bigint        NOT NULL REFERENCES internship.internship (id),
    month          date          NOT NULL CHECK (extract(day FROM month) = 1),
    planned_hours  numeric(6, 2) NOT NULL CHECK (planned_hours > 0),
    attended_hours numeric(6, 2) NOT NULL CHECK (attended_hours >= 0),
    recorded_by    bigint,
    recorded_at    timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (internship_id, month),
    CHECK (attended_hours <= planned_hours)
);
