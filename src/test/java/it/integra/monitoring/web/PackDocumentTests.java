package it.integra.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.integra.monitoring.Reports;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The pack's layout on hand-made figures, without the application: what is written and how it is written. */
class PackDocumentTests {

    static final PackContents.Cover COVER = new PackContents.Cover("PERC-H1", "Avviso PERCORSI, prima edizione",
            "PERCORSI", "Percorsi di integrazione", null, LocalDate.of(2021, 9, 30),
            ZonedDateTime.of(2021, 10, 4, 9, 15, 0, 0, ZoneId.of("Europe/Rome")));

    @Test
    void writesTheCoverTheFiguresAndTheChartLabelsInEnglish() throws IOException {
        String text = text(new PackDocument(messages(), Locale.ENGLISH).write(contents(3)));

        assertThat(text).contains("Monitoring pack", "PERC-H1 - Avviso PERCORSI, prima edizione", "All regions",
                "September 30, 2021", "October 4, 2021");
        assertThat(text).as("every page numbered in its footer").contains("Monitoring pack PERC-H1", "- page 1", "- page 2");
        assertThat(text.replace(" ", "")).contains("Clearancesrequested1,234", "Internshipscompleted1,001",
                "Total360009", "P02242116", "Receptionandintake41041.59", "6months90037541.7%", "12months50025050.0%");
    }

    @Test
    void chartsKeepTheLargestProvincesWhenThereAreMany() throws IOException {
        String text = text(new PackDocument(messages(), Locale.ITALIAN).write(contents(60)));

        assertThat(text).contains("Il grafico mostra le 40 province con più percorsi");
        // every province in the table, the largest also in the chart
        assertThat(text.split("P59", -1)).hasSize(3);
        assertThat(text.split("P00", -1)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"0, 4", "3, 4", "5, 8", "9, 12", "100, 100", "101, 120", "1234, 1600", "1900, 2000", "45000, 60000"})
    void scalesTheAxisToARoundMaximum(long largest, long maximum) {
        assertThat(PdfCharts.niceMaximum(largest)).isEqualTo(maximum);
    }

    private static PackContents contents(int provinces) {
        List<Reports.TerritoryRow> rows = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            rows.add(new Reports.TerritoryRow("P%02d".formatted(p), p, 2L * p, p, p / 2, p - p / 2, 3L * p));
        }
        long total = rows.stream().mapToLong(Reports.TerritoryRow::total).sum();
        return new PackContents(COVER, new Reports.Funnel(120, 90, 80, 1234, 1100, 1050, 66),
                new Reports.Summary(80, 1100, 1050, 1001),
                new Reports.Territory(rows, new Reports.TerritoryCounts(total / 3, 2 * total / 3, 0, 0, 0, total)),
                new Reports.Sectors(List.of(new Reports.SectorRow("I", "Accommodation and food service activities", 500, 2007),
                        new Reports.SectorRow("F", "Construction", 300, 2007))),
                new Reports.Profile(12, new Reports.Indicator(5, 5 / 12.0), new Reports.Indicator(1, 1 / 12.0),
                        new Reports.Indicator(2, 2 / 12.0), new Reports.Indicator(3, 0.25), new Reports.Indicator(4, 4 / 12.0),
                        new Reports.Indicator(0, 0)),
                new Reports.Services(List.of(new Reports.ServiceRow("INTAKE", new BigDecimal("4.00"), 10,
                        new BigDecimal("41.5"), 9))),
                new Reports.Outcomes(LocalDate.of(2021, 9, 30), 1001, List.of(new Reports.Window(3, 1000, 400, 0.4),
                        new Reports.Window(6, 900, 375, 375 / 900.0), new Reports.Window(12, 500, 250, 0.5))));
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/monitoring", "i18n/shared");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
