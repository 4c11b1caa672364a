-- The clearances' lists at national scale (issue 17), newest first, for the authority and for a provider,
-- read along an index in their order rather than sorted; and a provider's people (its requested and
-- granted clearances), which the people list reads as a set.
CREATE INDEX IF NOT EXISTS clearance_list_order ON clearance.clearance (requested_on, id);
CREATE INDEX IF NOT EXISTS clearance_provider_list_order ON clearance.clearance (provider_id, requested_on, id);
CREATE INDEX IF NOT EXISTS clearance_provider_people
    ON clearance.clearance (provider_id, participant_id) WHERE status IN ('REQUESTED', 'GRANTED');
