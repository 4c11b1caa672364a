package it.integra.monitoring.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import it.integra.monitoring.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.springframework.context.MessageSource;

/**
 * Lays out a monitoring pack: the cover with what it covers and when it was made, then each report as
 * a table, with the funnel, the provinces and the sectors also drawn as charts. One instance per pack.
 */
final class PackDocument {

    /** Above this many provinces the chart keeps the largest; the table lists them all. */
    static final int CHART_PROVINCES = 40;
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font FOOTER = new Font(Font.HELVETICA, 8, Font.NORMAL);

    private final PackText text;
    private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    private PdfCharts charts;

    PackDocument(MessageSource messages, Locale locale) {
        this.text = new PackText(messages, locale);
    }

    byte[] write(PackContents pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // a chart that does not fit goes to the next page without the text after it jumping ahead
        writer.setStrictImageSequence(true);
        String footer = text.msg("pack.title") + " " + scope(pack.cover());
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pages, Document page) {
                ColumnText.showTextAligned(pages.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(text.msg("pack.footer", footer, pages.getPageNumber()), FOOTER),
                        (page.left() + page.right()) / 2, page.bottom() - 25, 0);
            }
        });
        document.addTitle(text.msg("pack.title") + " " + scope(pack.cover()));
        document.addCreator("Integra");
        document.open();
        charts = new PdfCharts(writer.getDirectContent(), helvetica(), text.locale());
        cover(pack.cover());
        funnel(pack.funnel(), pack.summary());
        territory(pack.territory());
        sectors(pack.sectors());
        profile(pack.profile());
        if (pack.services() != null) {
            services(pack.services());
        }
        outcomes(pack.outcomes());
        document.close();
        return out.toByteArray();
    }

    private void cover(PackContents.Cover cover) {
        add(new Paragraph(text.msg("pack.title"), TITLE));
        List<List<String>> rows = new ArrayList<>();
        if (!cover.call().isEmpty()) {
            rows.add(List.of(text.msg("pack.call"), join(cover.call(), cover.callTitle())));
        }
        rows.add(List.of(text.msg("pack.programme"), join(cover.programme(), cover.programmeName())));
        rows.add(List.of(text.msg("pack.region"), cover.region() == null ? text.msg("monitoring.filter.allRegions")
                : cover.region()));
        rows.add(List.of(text.msg("pack.referenceDate"),
                cover.referenceDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()))));
        rows.add(List.of(text.msg("pack.generatedAt"), cover.generatedAt().format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(text.locale()))));
        add(PdfTables.table(List.of(text.msg("pack.item"), text.msg("pack.value")), rows, 2, false,
                new float[] {1, 3}));
        add(new Paragraph(text.msg("pack.note"), PdfTables.BODY));
        document.newPage();
    }

    private void funnel(Reports.Funnel f, Reports.Summary s) {
        heading("report.title.funnel");
        List<String> keys = List.of("funnel.providersApplied", "funnel.providersEligible", "funnel.providersWithClearance",
                "funnel.clearancesRequested", "funnel.clearancesGranted", "funnel.internshipsStarted",
                "funnel.internshipsCompleted", "funnel.cancelledAfterClearance");
        long[] values = {f.providersApplied(), f.providersEligible(), f.providersWithClearance(), f.clearancesRequested(),
                f.clearancesGranted(), f.internshipsStarted(), s.internshipsCompleted(), f.cancelledAfterClearance()};
        figures(keys, values);
        chart(List.of(text.msg(keys.get(3)), text.msg(keys.get(4)), text.msg(keys.get(5)), text.msg(keys.get(6))),
                List.of(new PdfCharts.Series(text.msg("pack.count"), PdfCharts.PALETTE.get(0),
                        new long[] {values[3], values[4], values[5], values[6]})));
        heading("report.title.summary");
        figures(List.of("pack.summary.providers", "pack.summary.pathwaysFunded", "funnel.internshipsStarted",
                "funnel.internshipsCompleted"),
                new long[] {s.providers(), s.pathwaysFunded(), s.internshipsStarted(), s.internshipsCompleted()});
    }

    private void territory(Reports.Territory t) {
        heading("report.title.territory");
        List<String> header = List.of(text.msg("monitoring.province"), text.msg("monitoring.notActivated"),
                text.msg("monitoring.activated"), text.msg("monitoring.ongoing"), text.msg("monitoring.completed"),
                text.msg("monitoring.terminated"), text.msg("monitoring.total"));
        List<List<String>> rows = new ArrayList<>(t.rows().stream().map(r -> List.of(r.province(),
                text.count(r.notActivated()), text.count(r.activated()), text.count(r.ongoing()),
                text.count(r.completed()), text.count(r.terminated()), text.count(r.total()))).toList());
        Reports.TerritoryCounts total = t.total();
        rows.add(List.of(text.msg("monitoring.total"), text.count(total.notActivated()), text.count(total.activated()),
                text.count(total.ongoing()), text.count(total.completed()), text.count(total.terminated()),
                text.count(total.total())));
        add(PdfTables.table(header, rows, 1, true, PdfTables.widths(6, 1.4f)));
        List<Reports.TerritoryRow> charted = t.rows().stream()
                .sorted(Comparator.comparingLong(Reports.TerritoryRow::total).reversed())
                .limit(CHART_PROVINCES).toList();
        if (charted.size() < t.rows().size()) {
            add(new Paragraph(text.msg("pack.territory.largest", CHART_PROVINCES), PdfTables.BODY));
        }
        chart(charted.stream().map(Reports.TerritoryRow::province).toList(), List.of(
                series("monitoring.notActivated", 4, charted.stream().mapToLong(Reports.TerritoryRow::notActivated)),
                series("monitoring.ongoing", 0, charted.stream().mapToLong(Reports.TerritoryRow::ongoing)),
                series("monitoring.completed", 2, charted.stream().mapToLong(Reports.TerritoryRow::completed)),
                series("monitoring.terminated", 3, charted.stream().mapToLong(Reports.TerritoryRow::terminated))));
    }

    private void sectors(Reports.Sectors s) {
        heading("report.title.sectors");
        chart(s.rows().stream().map(r -> Charts.sectorLabel(r) + " " + r.label()).toList(),
                List.of(new PdfCharts.Series(text.msg("monitoring.internships"), PdfCharts.PALETTE.get(0),
                        s.rows().stream().mapToLong(Reports.SectorRow::internships).toArray())));
        add(PdfTables.table(List.of(text.msg("pack.section"), text.msg("pack.activity"), text.msg("monitoring.internships")),
                s.rows().stream().map(r -> List.of(Charts.sectorLabel(r), r.label(), text.count(r.internships()))).toList(),
                2, false, PdfTables.widths(1, 0.5f, 5)));
    }

    private void profile(Reports.Profile p) {
        heading("report.title.profile");
        add(new Paragraph(text.msg("monitoring.profile.base", text.count(p.base())), PdfTables.BODY));
        List<String> names = List.of("priorWorkExperience", "professionalQualification", "housedInReception",
                "goodLanguageKnowledge", "languageCertificateA1", "languageCertificateA2");
        List<Reports.Indicator> indicators = List.of(p.priorWorkExperience(), p.professionalQualification(),
                p.housedInReception(), p.goodLanguageKnowledge(), p.languageCertificateA1(), p.languageCertificateA2());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add(List.of(text.msg("monitoring.profile." + names.get(i)), text.count(indicators.get(i).count()),
                    text.share(indicators.get(i).share())));
        }
        add(PdfTables.table(List.of(text.msg("pack.indicator"), text.msg("pack.count"), text.msg("pack.share")), rows,
                1, false, PdfTables.widths(2, 4)));
    }

    private void services(Reports.Services s) {
        heading("report.title.services");
        add(PdfTables.table(List.of(text.msg("pack.area"), text.msg("monitoring.services.model"),
                        text.msg("monitoring.services.pathways"), text.msg("monitoring.services.hours"),
                        text.msg("monitoring.services.complete")),
                s.rows().stream().map(r -> List.of(text.msg("ServiceArea." + r.area()), text.hours(r.modelHours()),
                        text.count(r.pathways()), text.hours(r.hours()), text.count(r.complete()))).toList(),
                1, false, PdfTables.widths(4, 3)));
    }

    private void outcomes(Reports.Outcomes o) {
        heading("report.title.outcomes");
        add(new Paragraph(text.msg("monitoring.outcomes.intro", text.count(o.completed()),
                o.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), PdfTables.BODY));
        add(PdfTables.table(List.of(text.msg("monitoring.outcomes.window"), text.msg("monitoring.outcomes.observed"),
                        text.msg("monitoring.outcomes.employed"), text.msg("monitoring.outcomes.rate")),
                o.windows().stream().map(w -> List.of(text.msg("monitoring.outcomes.months", w.months()),
                        text.count(w.observed()), text.count(w.employed()), text.share(w.rate()))).toList(),
                1, false, PdfTables.widths(3, 1)));
    }

    private void figures(List<String> keys, long[] values) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(List.of(text.msg(keys.get(i)), text.count(values[i])));
        }
        add(PdfTables.table(List.of(text.msg("pack.indicator"), text.msg("pack.count")), rows, 1, false,
                PdfTables.widths(1, 4)));
    }

    private PdfCharts.Series series(String key, int colour, LongStream values) {
        return new PdfCharts.Series(text.msg(key), PdfCharts.PALETTE.get(colour), values.toArray());
    }

    private void chart(List<String> labels, List<PdfCharts.Series> series) {
        if (labels.isEmpty()) {
            add(new Paragraph(text.msg("pack.noData"), PdfTables.BODY));
            return;
        }
        Image image = Image.getInstance(charts.bars(document.right() - document.left(), labels, series));
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(8);
        add(image);
    }

    private void heading(String key) {
        Paragraph heading = new Paragraph(text.msg(key), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        add(heading);
    }

    private void add(Element element) {
        document.add(element);
    }

    private String scope(PackContents.Cover cover) {
        return cover.call().isEmpty() ? cover.programme() : cover.call();
    }

    private static String join(String code, String name) {
        return name == null ? code : code + " - " + name;
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
