package it.integra.internship;

/**
 * The causes that suspend an internship under the national guidelines of 25 May 2017, each with the
 * shortest suspension it allows: illness or injury of 30 days or more, maternity (any length), host
 * closure of 15 days or more. Suspended days do not count towards the duration.
 */
public enum SuspensionCause {
    ILLNESS_OR_INJURY(30), MATERNITY(1), HOST_CLOSURE(15);

    private final int minimumDays;

    SuspensionCause(int minimumDays) {
        this.minimumDays = minimumDays;
    }

    public int minimumDays() {
        return minimumDays;
    }
}
