package it.integra.participant;

/** The kind of residence permit (permesso di soggiorno) a person holds. */
public enum PermitType {
    REFUGEE, SUBSIDIARY_PROTECTION, SPECIAL_PROTECTION, HUMANITARIAN, SPECIAL_CASE, ASYLUM_APPLICATION, MINOR_AGE,
    JOB_SEEKING, WORK, STUDY, FAMILY, OTHER
}
