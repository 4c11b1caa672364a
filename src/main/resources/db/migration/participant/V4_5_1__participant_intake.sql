-- Intake (presa in carico): a provider takes a person in charge. The provider sees the person while
-- an intake is open. DID: declaration of immediate availability for work; PAI: individual action plan;
-- PFI: individual training plan.
CREATE TABLE participant.intake (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id       bigint       NOT NULL REFERENCES participant.participant (id),
    provider_id          bigint       NOT NULL REFERENCES provider.provider (id),
    taken_on             date         NOT NULL,
    did_on               date,
    service_agreement_on date,
    action_plan          text,
    action_plan_on       date,
    training_plan        text,
    training_plan_on     date,
    closed_on            date,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    version              integer      NOT NULL DEFAULT 0,
    CHECK (closed_on IS NULL OR closed_on >= taken_on)
);
CREATE UNIQUE INDEX intake_one_open_per_provider ON participant.intake (participant_id, provider_id) WHERE closed_on IS NULL;
CREATE INDEX intake_provider_open ON participant.intake (provider_id) WHERE closed_on IS NULL;
