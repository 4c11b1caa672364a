package it.integra.accounting;

/** Who an account (IBAN) belongs to: a trainee, keyed by participant id, or a host, keyed by host id. */
public enum PayeeKind {
    PARTICIPANT, HOST
}
