package it.integra.accounting;

import java.time.LocalDate;

/** A provider gathers into a draft claim its accrued, unclaimed service lines of a call and period. */
public record CreateClaim(String callCode, LocalDate periodFrom, LocalDate periodTo) {

    public CreateClaim {
        callCode = callCode == null || callCode.isBlank() ? null : callCode.strip();
    }
}
