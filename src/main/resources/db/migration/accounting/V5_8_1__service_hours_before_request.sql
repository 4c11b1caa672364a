-- Hours delivered before the clearance request belong to the intake (the person in a provider's
-- charge); when the clearance is requested they join its pathway. Imported hours always have one.
ALTER TABLE accounting.service_delivery ALTER COLUMN clearance_id DROP NOT NULL;
ALTER TABLE accounting.service_delivery
    ADD COLUMN intake_id bigint REFERENCES participant.intake (id),
    ADD CONSTRAINT delivery_has_pathway CHECK (clearance_id IS NOT NULL OR intake_id IS NOT NULL);
CREATE UNIQUE INDEX service_delivery_intake_day ON accounting.service_delivery (intake_id, area, delivered_on)
    WHERE clearance_id IS NULL;
CREATE INDEX service_delivery_intake ON accounting.service_delivery (intake_id) WHERE intake_id IS NOT NULL;
