package it.integra.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Violation;
import it.integra.programme.CallTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallTitleTests {

    private static CallTerms titled(String title) {
        return new CallTerms(title, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Map.of("ESF", new BigDecimal("1000000")), new BigDecimal("0.70"), 60, null);
    }

    @Test
    void aTitleThatASpreadsheetWouldReadAsAFormulaIsRefused() {
        assertThat(CallPolicy.checkTerms(titled("+Avviso"))).contains(Violation.of("title", "name.formula"));
        assertThat(CallPolicy.checkTerms(titled("Avviso 2026 - secondo"))).extracting(Violation::field).doesNotContain("title");
    }
}
