package it.integra.participant;

/** What an entry of the access log is about: one named person, or several at once. */
public enum AccessKind {
    /** One person's data, on their record or on another record that belongs to them. */
    PERSON,
    /** A search or list that showed named people: one entry per request, with the filter and how many. */
    SEARCH,
    /** A bulk export that names people: one entry per export, with the filter and how many. */
    EXPORT
}
