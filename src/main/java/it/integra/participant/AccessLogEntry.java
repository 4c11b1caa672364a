package it.integra.participant;

import java.time.OffsetDateTime;

/** One look at a person's record: who, when, how, which record. */
public record AccessLogEntry(long id, long participantId, String pseudonym, String taxCode, String username,
                             String role, AccessAction action, OffsetDateTime at) {
}
