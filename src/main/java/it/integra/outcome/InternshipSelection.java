package it.integra.outcome;

import it.integra.shared.ContractType;
import java.util.Objects;

/**
 * The internships behind one outcome figure: those of a status, optionally in one group of a
 * breakdown, and, for the window figures, those observed at {@code months}, employed within it, not
 * employed, hired by the host, or employed with a first contract of a kind ({@code detail} a
 * {@link ContractType.Kind}) or duration ({@code detail} a {@link ContractDuration}).
 */
public record InternshipSelection(EndStatus status, Measure measure, Integer months, Dimension dimension, String group,
                                  String detail) {

    public enum Measure { ENDED, OBSERVED, EMPLOYED, NOT_EMPLOYED, HIRED_BY_HOST, KIND, DURATION }

    public InternshipSelection {
        Objects.requireNonNull(status, "status");
        measure = measure == null ? Measure.ENDED : measure;
        if (measure != Measure.ENDED && (months == null || months < 0 || months > OutcomeWindows.CURVE_MONTHS)) {
            throw new IllegalArgumentException("a window figure needs months from 0 to " + OutcomeWindows.CURVE_MONTHS);
        }
        if ((dimension == null) != (group == null)) {
            throw new IllegalArgumentException("a breakdown group needs both its dimension and its key");
        }
        if (measure == Measure.KIND) {
            ContractType.Kind.valueOf(String.valueOf(detail));
        }
        if (measure == Measure.DURATION) {
            ContractDuration.valueOf(String.valueOf(detail));
        }
    }
}
