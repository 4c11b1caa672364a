package it.integra.participant;

import it.integra.platform.Identifiers;

/**
 * A person's record was pseudonymised at the end of its retention period. Each module that keeps
 * copies of the person's identifiers, or free texts about them, forgets them in the same transaction:
 * a contract's worker tax code becomes {@code taxCode}, the code that now stands for the person (unique
 * to them and no one's tax code), a payment's payee becomes the {@code pseudonym}, an IBAN goes, free
 * texts go, and the audit entries of the person's records forget the {@code identifiers}.
 *
 * <p>The event carries the identifiers the record no longer has: listen to it synchronously
 * ({@code @EventListener}), never through a listener that stores the event for later.
 */
public record ParticipantErased(long participantId, String pseudonym, String taxCode, Identifiers identifiers) {
}
