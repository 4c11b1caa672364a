package it.integra.monitoring.web;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;

/**
 * Plain tables for the pack: a bold header row repeated on every page, the first column as text and
 * the others as right-aligned figures, an optional bold last row for totals.
 */
final class PdfTables {

    static final Font BODY = new Font(Font.HELVETICA, 9);
    static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Color HEADER = new Color(0xe6ecf2);
    private static final Color RULE = new Color(0xc5c7c9);

    private PdfTables() {
    }

    /** A table; {@code textColumns} leading columns are left-aligned text, the rest figures. */
    static PdfPTable table(List<String> header, List<List<String>> rows, int textColumns, boolean totalRow,
                           float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        for (int c = 0; c < header.size(); c++) {
            PdfPCell cell = cell(header.get(c), BOLD, c < textColumns);
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (int r = 0; r < rows.size(); r++) {
            Font font = totalRow && r == rows.size() - 1 ? BOLD : BODY;
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                table.addCell(cell(row.get(c), font, c < textColumns));
            }
        }
        return table;
    }

    /** Evenly spread figure columns after text columns of the given relative widths. */
    static float[] widths(int figureColumns, float... textWidths) {
        float[] widths = new float[textWidths.length + figureColumns];
        System.arraycopy(textWidths, 0, widths, 0, textWidths.length);
        for (int c = textWidths.length; c < widths.length; c++) {
            widths[c] = 1;
        }
        return widths;
    }

    private static PdfPCell cell(String text, Font font, boolean isText) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(isText ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        cell.setBorderColor(RULE);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        return cell;
    }
}
