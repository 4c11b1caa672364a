package it.integra.participant;

/**
 * A person's record was pseudonymised at the end of its retention period. Modules that keep copies
 * of the person's identifiers (a worker's tax code in a contract) should forget them.
 */
public record ParticipantErased(long participantId) {
}
