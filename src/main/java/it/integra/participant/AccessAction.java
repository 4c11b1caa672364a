package it.integra.participant;

/** How a user looked at people's data, as the access log records it. */
public enum AccessAction {
    /** The person's page. */
    VIEW(AccessKind.PERSON),
    /** The record through the API. */
    API(AccessKind.PERSON),
    /** An attachment downloaded. */
    DOCUMENT(AccessKind.PERSON),
    /** A PAI or PFI generated (target: the intake's document). */
    PLAN(AccessKind.PERSON),
    /** The subject-access export. */
    EXPORT(AccessKind.PERSON),
    /** The page of one of the person's clearances, or the form that requests one or starts its internship. */
    CLEARANCE(AccessKind.PERSON),
    /** The page of one of the person's internships, or its attestation of competences. */
    INTERNSHIP(AccessKind.PERSON),
    /** The person's account for payments (IBAN). */
    PAYEE(AccessKind.PERSON),
    /** The audit trail of the person's record or of a record of theirs, on the page or as CSV. */
    HISTORY(AccessKind.PERSON),
    /** The timeline of the person's pathway. */
    PATHWAY(AccessKind.PERSON),
    /** A request to transfer the person to another provider. */
    TRANSFER(AccessKind.PERSON),
    /** The participants' list with names, on the page. */
    SEARCH(AccessKind.SEARCH),
    /** The participants' list with names, through the API. */
    API_SEARCH(AccessKind.SEARCH),
    /**
     * Another list or document that names people: clearances, internships, records behind a figure or an
     * outcome, a host's trainees, payments and an order's payees, claims and their statements, sessions of
     * hours, transfer requests, and the histories of orders, claims and sessions.
     */
    LIST(AccessKind.SEARCH),
    /** An interchange dataset that names people, exported. */
    DATASET_EXPORT(AccessKind.EXPORT);

    private final AccessKind kind;

    AccessAction(AccessKind kind) {
        this.kind = kind;
    }

    public AccessKind kind() {
        return kind;
    }
}
