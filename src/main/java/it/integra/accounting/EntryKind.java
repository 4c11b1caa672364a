package it.integra.accounting;

/**
 * What a ledger entry does to its endowment line: a commitment sets money aside, an accrual makes
 * part of it due (a negative accrual reverses an earlier one), a release gives back what will never
 * be spent. The balance of a line is commitments minus accruals minus releases.
 */
public enum EntryKind {
    COMMITMENT, ACCRUAL, RELEASE;

    /** How the entry's amount moves the balance of its line. */
    public int sign() {
        return this == COMMITMENT ? 1 : -1;
    }
}
