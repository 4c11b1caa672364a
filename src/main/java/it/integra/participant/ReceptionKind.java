package it.integra.participant;

/** The kind of reception centre a person lived in when taken in charge. */
public enum ReceptionKind {
    /** First reception centre or hub. */
    FIRST_RECEPTION,
    /** Extraordinary reception centre (CAS). */
    EXTRAORDINARY,
    /** Reception and integration system (SAI, formerly SPRAR and SIPROIMI). */
    SAI,
    /** Community for unaccompanied minors. */
    MINORS_COMMUNITY,
    OTHER
}
