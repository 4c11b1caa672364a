package it.integra.participant;

/**
 * Whether a person already has an open pathway (a clearance requested or granted) in a call. The
 * clearance module implements it; participants sit below clearances and only declare the question.
 */
public interface PathwayLookup {

    boolean hasOpenPathway(long participantId, long callId);
}
