package it.integra.outcome;

/**
 * One ESF+ common indicator as the programme can compute it: counts of women and men (the records know
 * no other sex), and for the result indicators the base they are counted on. {@code available} is
 * false for an indicator the programme does not record; its counts are then zero and mean nothing.
 */
public record EsfIndicator(String code, boolean result, boolean available, long women, long men, Long base) {

    public long total() {
        return women + men;
    }

    /** For a result indicator, the share of its base; null otherwise. */
    public Double rate() {
        return base == null ? null : base == 0 ? 0.0 : (double) total() / base;
    }
}
