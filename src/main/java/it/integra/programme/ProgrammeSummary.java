package it.integra.programme;

import java.math.BigDecimal;

/** A programme as listed: its code, name, years, internship terms and the value of an endowment. */
public record ProgrammeSummary(String code, String name, String years, int internshipMonths,
                               BigDecimal monthlyAllowance, BigDecimal endowment, long calls) {
}
