package it.integra.monitoring.web;

import it.integra.shared.SpreadsheetCells;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report table as an XLSX workbook of one sheet: the same header and rows as the CSV, written from
 * the same {@link ReportTables.Table} so the two cannot diverge. The header is the first row, as in the
 * CSV, so that programs read both alike; the human title goes into the document properties.
 */
final class ReportWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column widths are counted in 1/256 of a character; POI's auto-size needs AWT fonts, which servers may lack. */
    private static final int CHAR_WIDTH = 256;
    private static final int MAX_CHARS = 60;

    private ReportWorkbook() {
    }

    static byte[] write(String sheetName, String title, ReportTables.Table table) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            header(sheet.createRow(0), table.header(), styles.header());
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int c = 0; c < values.size(); c++) {
                    cell(row.createCell(c), values.get(c), table.isShare(c) ? styles.share() : styles.dateOrPlain(values.get(c)));
                }
            }
            sheet.createFreezePane(0, 1);
            widths(sheet, table);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row, List<String> names, CellStyle bold) {
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
        }
    }

    private static void cell(Cell cell, Object value, CellStyle style) {
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value != null) {
            cell.setCellValue(SpreadsheetCells.text(value.toString()));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, ReportTables.Table table) {
        for (int c = 0; c < table.header().size(); c++) {
            int chars = table.header().get(c).length();
            for (List<Object> row : table.rows()) {
                chars = Math.max(chars, String.valueOf(row.get(c)).length());
            }
            sheet.setColumnWidth(c, Math.min(chars + 2, MAX_CHARS) * CHAR_WIDTH);
        }
    }

    /** Styles are workbook-wide objects: create each once, not once per cell. */
    private record Styles(CellStyle header, CellStyle share, CellStyle date) {

        Styles(Workbook workbook) {
            this(bold(workbook), formatted(workbook, "0.0%"), formatted(workbook, "yyyy-mm-dd"));
        }

        CellStyle dateOrPlain(Object value) {
            return value instanceof LocalDate ? date : null;
        }

        private static CellStyle bold(Workbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }

        private static CellStyle formatted(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
