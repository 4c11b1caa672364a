package it.integra.internship.internal;

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
import it.integra.internship.InternshipStatus;
import it.integra.internship.InternshipView;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The final attestation of competences (attestazione finale delle competenze) as a one-page PDF: who,
 * which provider and host, the dates, the hours attended, the competences, and the tutors' signatures.
 * Every label comes from the bundles.
 */
public final class AttestationPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private final MessageSource messages;
    private final Locale locale;

    public AttestationPdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public byte[] render(InternshipView internship, BigDecimal attendedHours, LocalDate issuedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("internships.attestation.title"));
        document.open();
        title(document, internship);
        parties(document, internship);
        document.add(section("internships.attestation.internship", new String[][] {
            {"internships.attestation.period", text("internships.attestation.fromTo", Dates.format(internship.startDate()),
                    Dates.format(internship.endDate()))},
            {"internships.attestation.outcome", outcome(internship)},
            {"internships.attestation.hours", NumberFormat.getNumberInstance(locale).format(attendedHours)}}));
        document.add(heading("internships.attestation.competences"));
        Paragraph competences = new Paragraph(internship.competences(), TEXT);
        competences.setIndentationLeft(2);
        document.add(competences);
        document.add(signatures(issuedOn));
        document.close();
        return out.toByteArray();
    }

    private void title(Document document, InternshipView internship) {
        Paragraph title = new Paragraph(text("internships.attestation.title"), TITLE);
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph subtitle = new Paragraph(text("internships.attestation.subtitle", internship.code(),
                internship.callCode()), TEXT);
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(18);
        document.add(subtitle);
    }

    /** The trainee, the provider and the host, each with its tutor. */
    private void parties(Document document, InternshipView internship) {
        document.add(section("internships.attestation.trainee", new String[][] {
            {"internships.attestation.name", internship.participantName()},
            {"internships.attestation.taxCode", internship.participantTaxCode()}}));
        document.add(section("internships.attestation.provider", new String[][] {
            {"internships.attestation.name", internship.providerName()},
            {"internships.attestation.tutor", orDash(internship.providerTutorName())}}));
        document.add(section("internships.attestation.host", new String[][] {
            {"internships.attestation.name", internship.hostName()},
            {"internships.attestation.taxCode", internship.hostTaxCode()},
            {"internships.attestation.activity", internship.hostAteco() + internship.hostSection()
                    .map(s -> " - " + s.code() + " " + s.name(locale)).orElse("")},
            {"internships.attestation.province", internship.hostProvince()},
            {"internships.attestation.tutor", internship.companyTutor() == null ? "-" : internship.companyTutor().name()}}));
    }

    private String outcome(InternshipView internship) {
        if (internship.status() == InternshipStatus.COMPLETED) {
            return text("internships.status.COMPLETED");
        }
        String reason = internship.terminationCode().map(code -> text("internships.reason." + code.name()))
                .orElse(orDash(internship.terminationNote()));
        return text("internships.attestation.terminated", reason);
    }

    private PdfPTable section(String heading, String[][] rows) {
        PdfPTable table = new PdfPTable(new float[] {1, 2.5f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        PdfPCell title = cell(new Phrase(text(heading), HEADING));
        title.setColspan(2);
        title.setPaddingBottom(4);
        table.addCell(title);
        for (String[] row : rows) {
            table.addCell(cell(new Phrase(text(row[0]), LABEL)));
            table.addCell(cell(new Phrase(row[1] == null ? "-" : row[1], TEXT)));
        }
        return table;
    }

    private Paragraph heading(String key) {
        Paragraph heading = new Paragraph(text(key), HEADING);
        heading.setSpacingBefore(6);
        heading.setIndentationLeft(2);
        heading.setSpacingAfter(4);
        return heading;
    }

    private PdfPTable signatures(LocalDate issuedOn) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(36);
        PdfPCell issued = cell(new Phrase(text("internships.attestation.issuedOn", Dates.format(issuedOn)), TEXT));
        issued.setColspan(2);
        issued.setPaddingBottom(24);
        table.addCell(issued);
        table.addCell(cell(new Phrase(text("internships.attestation.signatureProvider"), LABEL)));
        table.addCell(cell(new Phrase(text("internships.attestation.signatureHost"), LABEL)));
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
