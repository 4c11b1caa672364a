package it.integra.outcome;

/**
 * How long the first employment contract was meant to last: open-ended contracts apart, then by the
 * months between its start and its end date as the communication gives it (the least N with end on
 * or before start plus N months).
 */
public enum ContractDuration {
    OPEN_ENDED, NO_END_DATE, UP_TO_3_MONTHS, UP_TO_6_MONTHS, UP_TO_12_MONTHS, OVER_12_MONTHS
}
