package it.integra.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A call as listed. */
public record CallSummary(long id, String code, String programme, String title, LocalDate opensOn,
                          LocalDate closesOn, BigDecimal budget, String status) {
}
