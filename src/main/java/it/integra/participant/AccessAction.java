package it.integra.participant;

/** How a user looked at a person's data, as the access log records it. */
public enum AccessAction {
    /** The person's page. */
    VIEW,
    /** The record through the API. */
    API,
    /** An attachment downloaded. */
    DOCUMENT,
    /** A PAI or PFI generated. */
    PLAN,
    /** The subject-access export. */
    EXPORT
}
