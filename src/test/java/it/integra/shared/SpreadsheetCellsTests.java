package it.integra.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTests {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=1+2|'=1+2",
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+39 333 1234567|'+39 333 1234567",
        "-2+3|'-2+3",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "-|'-",
        "- 5|'- 5",
        "Rossi|Rossi",
        "Anna-Maria = Bianchi|Anna-Maria = Bianchi",
        "'=già citato|'=già citato",
        "-12.50|-12.50",
        "+12|+12",
        "-0,5|-0,5",
        "-1e5|-1e5",
        "12.50|12.50"})
    void quotesTextThatWouldStartAFormulaAndLeavesNumbersAlone(String typed, String written) {
        assertThat(SpreadsheetCells.text(typed)).isEqualTo(written);
    }

    @Test
    void quotesATabOrACarriageReturnAtTheStart() {
        assertThat(SpreadsheetCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.text("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetCells.text("")).isEmpty();
        assertThat(SpreadsheetCells.text(null)).isNull();
    }

    @Test
    void aRowQuotesItsTextsOnlyAndKeepsNumbersAndDatesAsTheyAre() {
        BigDecimal negative = new BigDecimal("-12.50");
        LocalDate date = LocalDate.of(2024, 1, 31);

        Object[] row = SpreadsheetCells.row("=cmd", negative, -3, date, null, "Rossi");

        assertThat(Arrays.asList(row)).containsExactly("'=cmd", negative, -3, date, null, "Rossi");
        assertThat(row[1]).isSameAs(negative);
        assertThat(SpreadsheetCells.row(List.of("@x", 7L))).containsExactly("'@x", 7L);
    }
}
