package it.integra.participant;

import java.time.OffsetDateTime;

/**
 * One look at people's data: who, when, how, and either which person (and on which record) or, for a
 * search or an export, with which filter and how many people it named.
 */
public record AccessLogEntry(long id, Long participantId, String pseudonym, String taxCode, String username,
                             String role, AccessKind kind, AccessAction action, String target, String filter,
                             Integer people, OffsetDateTime at) {
}
