package it.integra.outcome.internal;

import it.integra.outcome.ContractDuration;
import it.integra.shared.ContractType;
import java.util.Map;

/**
 * The kind and the duration band of a fact's first employment contract as SQL conditions, for the
 * lists behind the mix figures. The kinds follow {@link ContractType#kind()} by code prefix.
 */
final class ContractSql {

    /** The code prefix of each kind but OTHER, as {@link ContractType#kind()} reads it. */
    static final Map<ContractType.Kind, String> PREFIXES = Map.of(
            ContractType.Kind.OPEN_ENDED, "A.01.",
            ContractType.Kind.FIXED_TERM, "A.02.",
            ContractType.Kind.APPRENTICESHIP, "A.03.");

    /** The months the first contract lasts, capped at 13; null without an end date. */
    static final String DURATION_MONTHS = "CASE WHEN f.first_contract_end IS NULL THEN NULL "
            + "WHEN f.first_contract_end < f.first_employment_start THEN 0 "
            + "ELSE least(outcome.months_until(f.first_employment_start, f.first_contract_end), 13) END";

    private ContractSql() {
    }

    static String kind(ContractType.Kind kind) {
        if (kind == ContractType.Kind.OTHER) {
            return "(f.first_contract_type NOT LIKE 'A.01.%' AND f.first_contract_type NOT LIKE 'A.02.%' "
                    + "AND f.first_contract_type NOT LIKE 'A.03.%')";
        }
        return "f.first_contract_type LIKE '" + PREFIXES.get(kind) + "%'";
    }

    static String duration(ContractDuration band) {
        String open = kind(ContractType.Kind.OPEN_ENDED);
        return switch (band) {
            case OPEN_ENDED -> open;
            case NO_END_DATE -> "NOT " + open + " AND f.first_contract_end IS NULL";
            case UP_TO_3_MONTHS -> "NOT " + open + " AND " + DURATION_MONTHS + " <= 3";
            case UP_TO_6_MONTHS -> "NOT " + open + " AND " + DURATION_MONTHS + " BETWEEN 4 AND 6";
            case UP_TO_12_MONTHS -> "NOT " + open + " AND " + DURATION_MONTHS + " BETWEEN 7 AND 12";
            case OVER_12_MONTHS -> "NOT " + open + " AND " + DURATION_MONTHS + " > 12";
        };
    }

    /** The band of a contract of this kind lasting {@code months} (null without an end date). */
    static ContractDuration band(ContractType.Kind kind, Integer months) {
        if (kind == ContractType.Kind.OPEN_ENDED) {
            return ContractDuration.OPEN_ENDED;
        }
        if (months == null) {
            return ContractDuration.NO_END_DATE;
        }
        return months <= 3 ? ContractDuration.UP_TO_3_MONTHS : months <= 6 ? ContractDuration.UP_TO_6_MONTHS
                : months <= 12 ? ContractDuration.UP_TO_12_MONTHS : ContractDuration.OVER_12_MONTHS;
    }
}
