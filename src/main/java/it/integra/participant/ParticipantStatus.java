package it.integra.participant;

/**
 * Where a person stands, as the lists show and filter it: registered only, in charge of a provider,
 * with a clearance requested or granted, or erased after the retention period.
 */
public enum ParticipantStatus {
    REGISTERED, IN_CHARGE, CLEARANCE_REQUESTED, CLEARANCE_GRANTED, ERASED
}
