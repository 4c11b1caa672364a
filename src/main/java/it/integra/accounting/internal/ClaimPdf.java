package it.integra.accounting.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.integra.accounting.ClaimDetails;
import it.integra.accounting.ClaimLine;
import it.integra.accounting.ClaimSummary;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The statement of a claim (rendiconto) as a PDF: who claims what in which call and period, each
 * line with the pathway, the service, the hours, the amount and the verdict, then the totals. Every
 * label comes from the bundles.
 */
public final class ClaimPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] COLUMNS = {"claims.column.date", "claims.column.clearance", "claims.column.person",
        "claims.column.line", "claims.column.hours", "claims.column.amount", "claims.column.verdict"};

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat numbers;

    public ClaimPdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMinimumFractionDigits(2);
        numbers.setMaximumFractionDigits(2);
    }

    public byte[] render(ClaimDetails claim, LocalDate issuedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("claims.pdf.title", claim.summary().code()));
        document.open();
        header(document, claim.summary(), issuedOn);
        document.add(lines(claim));
        document.add(totals(claim.summary()));
        document.close();
        return out.toByteArray();
    }

    private void header(Document document, ClaimSummary claim, LocalDate issuedOn) {
        Paragraph title = new Paragraph(text("claims.pdf.title", claim.code()), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph parties = new Paragraph(text("claims.pdf.subtitle", claim.providerName(), claim.callCode(),
                DATE.format(claim.periodFrom()), DATE.format(claim.periodTo())), TEXT);
        parties.setAlignment(Element.ALIGN_CENTER);
        document.add(parties);
        Paragraph status = new Paragraph(text("claims.pdf.status", text("claims.status." + claim.status()),
                DATE.format(issuedOn)), TEXT);
        status.setAlignment(Element.ALIGN_CENTER);
        status.setSpacingAfter(12);
        document.add(status);
    }

    private PdfPTable lines(ClaimDetails claim) {
        PdfPTable table = new PdfPTable(new float[] {1, 1.6f, 2.2f, 2.4f, 0.8f, 1, 2.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : COLUMNS) {
            PdfPCell cell = new PdfPCell(new Phrase(text(column), HEADING));
            cell.setBorder(Rectangle.BOTTOM);
            table.addCell(cell);
        }
        for (ClaimLine line : claim.lines()) {
            table.addCell(cell(DATE.format(line.valueDate())));
            table.addCell(cell(line.clearanceCode()));
            table.addCell(cell(line.person() + " " + line.taxCode()));
            table.addCell(cell(text("programme.line." + line.line()) + (line.area() == null ? ""
                    : " - " + text("ServiceArea." + line.area()))));
            table.addCell(number(line.hours()));
            table.addCell(number(line.amount()));
            table.addCell(cell(verdict(line)));
        }
        return table;
    }

    private String verdict(ClaimLine line) {
        if (!line.decided()) {
            return text("claims.verdict.none");
        }
        String verdict = text("claims.verdict." + line.verdict());
        return line.rejected() ? verdict + ": " + line.reason() : verdict;
    }

    private PdfPTable totals(ClaimSummary claim) {
        PdfPTable table = new PdfPTable(new float[] {3, 1});
        table.setWidthPercentage(40);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(12);
        String[][] rows = {{"claims.total.claimed", euros(claim.amount())}, {"claims.total.accepted",
            euros(claim.accepted())}, {"claims.total.rejected", euros(claim.rejected())}};
        for (String[] row : rows) {
            table.addCell(cell(text(row[0])));
            PdfPCell amount = cell(row[1]);
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
        }
        return table;
    }

    private PdfPCell number(BigDecimal value) {
        PdfPCell cell = cell(value == null ? "-" : numbers.format(value));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String euros(BigDecimal value) {
        return text("accounting.euro", numbers.format(value));
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
