package it.integra.participant.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.integra.participant.IntakeDetails;
import it.integra.participant.ParticipantDetails;
import it.integra.provider.ProviderSummary;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The individual action plan (PAI) and the individual training plan (PFI) as PDF, in Italian, filled
 * from the provider, the person's record and the intake. A plan not yet written leaves its box empty
 * to be completed by hand, so the document can be printed and signed at the first meeting.
 */
@Component
public class PlanDocuments {

    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC);

    private final MessageSource messages;
    private final PlanFacts facts;

    PlanDocuments(MessageSource messages) {
        this.messages = messages;
        this.facts = new PlanFacts(messages);
    }

    public byte[] actionPlan(ProviderSummary provider, ParticipantDetails person, IntakeDetails intake, LocalDate today) {
        return render("plan.pai.title", provider, person, intake, today, document -> {
            section(document, "plan.section.plan");
            row(document, "plan.planDate", facts.date(intake.actionPlanOn()));
            box(document, intake.actionPlan());
        });
    }

    public byte[] trainingPlan(ProviderSummary provider, ParticipantDetails person, IntakeDetails intake, LocalDate today) {
        return render("plan.pfi.title", provider, person, intake, today, document -> {
            section(document, "plan.section.profile");
            table(document, facts.profile(person));
            section(document, "plan.section.training");
            row(document, "plan.planDate", facts.date(intake.trainingPlanOn()));
            box(document, intake.trainingPlan());
        });
    }

    private interface Body {
        void write(Document document);
    }

    private byte[] render(String title, ProviderSummary provider, ParticipantDetails person, IntakeDetails intake,
                          LocalDate today, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(text(title));
        document.addCreator("Integra");
        document.open();
        Paragraph heading = new Paragraph(text(title), TITLE);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        Paragraph generated = new Paragraph(text("plan.generated", facts.date(today)), SMALL);
        generated.setAlignment(Element.ALIGN_CENTER);
        document.add(generated);
        section(document, "plan.section.provider");
        table(document, facts.provider(provider));
        section(document, "plan.section.person");
        table(document, facts.person(person));
        section(document, "plan.section.intake");
        table(document, facts.intake(intake));
        body.write(document);
        signatures(document);
        document.close();
        return out.toByteArray();
    }

    private void section(Document document, String key) {
        Paragraph heading = new Paragraph(text(key), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private void row(Document document, String key, String value) {
        Map<String, String> single = new LinkedHashMap<>();
        single.put(key, value);
        table(document, single);
    }

    private void table(Document document, Map<String, String> rows) {
        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        rows.forEach((key, value) -> {
            PdfPCell label = new PdfPCell(new Phrase(text(key), LABEL));
            label.setBorderWidth(0.3f);
            label.setPadding(4);
            table.addCell(label);
            PdfPCell cell = new PdfPCell(new Phrase(value == null || value.isBlank() ? "-" : value, TEXT));
            cell.setBorderWidth(0.3f);
            cell.setPadding(4);
            table.addCell(cell);
        });
        document.add(table);
    }

    private void box(Document document, String content) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell(new Phrase(content == null ? text("plan.toComplete") : content, TEXT));
        cell.setMinimumHeight(content == null ? 220 : 40);
        cell.setPadding(6);
        table.addCell(cell);
        document.add(table);
    }

    private void signatures(Document document) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(36);
        for (String key : new String[] {"plan.sign.operator", "plan.sign.person"}) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key), LABEL));
            cell.setBorder(PdfPCell.TOP);
            cell.setPaddingTop(4);
            cell.setMinimumHeight(40);
            table.addCell(cell);
        }
        document.add(table);
        document.add(new Paragraph(text("plan.placeAndDate"), TEXT));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ITALIAN);
    }
}
