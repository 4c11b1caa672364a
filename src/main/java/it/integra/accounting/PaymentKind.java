package it.integra.accounting;

/** What a payment order pays: trainees' monthly allowances, or hosts' flat amount on completion. */
public enum PaymentKind {
    ALLOWANCE, HOST;

    /** The ledger entries it pays: the allowance line's months, or the host's flat line. */
    public String recipient() {
        return this == ALLOWANCE ? "TRAINEE" : "HOST";
    }
}
