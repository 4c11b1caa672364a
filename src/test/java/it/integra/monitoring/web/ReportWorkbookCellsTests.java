package it.integra.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX of a report writes text cells that would start a formula with a leading quote; numbers stay numbers. */
class ReportWorkbookCellsTests {

    @Test
    void textCellsThatWouldStartAFormulaAreQuotedAndNumbersStayNumeric() throws Exception {
        ReportTables.Table table = new ReportTables.Table(List.of("label", "amount", "text_amount"),
                List.of(Arrays.<Object>asList("=HYPERLINK(\"http://x\")", new BigDecimal("-12.50"), "-12.50"),
                        Arrays.<Object>asList("@evil", -3L, "Roma")));

        byte[] xlsx = ReportWorkbook.write("test", "Test", table);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row first = workbook.getSheetAt(0).getRow(1);
            Row second = workbook.getSheetAt(0).getRow(2);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("-12.50");
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("'@evil");
            assertThat(second.getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("Roma");
        }
    }
}
