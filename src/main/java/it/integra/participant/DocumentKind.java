package it.integra.participant;

/** What an attachment to a person's record is. */
public enum DocumentKind {
    RESIDENCE_PERMIT, DID_RECEIPT, PRIVACY_NOTICE
}
