package it.integra.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.Reports;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The province table grouped by region, on rows whose subtotals were added up by hand. */
class TerritoryTableTests {

    private static Reports.TerritoryRow row(String province, long notActivated, long ongoing, long completed,
                                            long terminated) {
        long activated = ongoing + completed + terminated;
        return new Reports.TerritoryRow(province, notActivated, activated, ongoing, completed, terminated,
                notActivated + activated);
    }

    private static final Reports.Territory REPORT = new Reports.Territory(List.of(
            row("RM", 5, 1, 2, 3), row("TO", 10, 4, 0, 1), row("AL", 1, 0, 2, 0), row("LT", 0, 0, 1, 0)),
            new Reports.TerritoryCounts(16, 14, 5, 5, 4, 30));

    @Test
    void groupsProvincesByNameUnderTheirRegionsInIstatOrderWithTheirSubtotals() {
        TerritoryTable table = TerritoryTable.of(REPORT);

        assertThat(table.groups()).extracting(TerritoryTable.Group::regionName).containsExactly("Piemonte", "Lazio");
        assertThat(table.groups().get(0).provinces()).extracting(TerritoryTable.Line::name)
                .containsExactly("Alessandria", "Torino");
        assertThat(table.groups().get(1).provinces()).extracting(TerritoryTable.Line::name)
                .containsExactly("Latina", "Roma");
        // Piemonte: AL (1, 2 activated) + TO (10, 5 activated); Lazio: LT (0, 1) + RM (5, 6)
        assertThat(table.groups().get(0).values()).containsExactly(11L, 7L, 4L, 2L, 1L, 18L);
        assertThat(table.groups().get(1).values()).containsExactly(5L, 7L, 1L, 3L, 3L, 12L);
        assertThat(table.totalValues()).containsExactly(16L, 14L, 5L, 5L, 4L, 30L);
    }

    @Test
    void aProvinceMissingFromTheReferenceListIsShownLastUnderItsCode() {
        TerritoryTable table = TerritoryTable.of(new Reports.Territory(List.of(row("ZZ", 1, 0, 0, 0),
                row("TO", 2, 0, 0, 0)), new Reports.TerritoryCounts(3, 0, 0, 0, 0, 3)));

        assertThat(table.groups()).extracting(TerritoryTable.Group::regionCode).containsExactly("01", null);
        assertThat(table.groups().get(1).regionName()).isEqualTo("ZZ");
        assertThat(table.groups().get(1).values()).containsExactly(1L, 0L, 0L, 0L, 0L, 1L);
    }

    @Test
    void aRegionsWorthOfProvincesLinksEveryFigureAndALargerTableGoesByRegion() {
        List<Reports.TerritoryRow> lombardia = new ArrayList<>();
        for (String code : List.of("BG", "BS", "CO", "CR", "LC", "LO", "MN", "MI", "MB", "PV", "SO", "VA")) {
            lombardia.add(row(code, 1, 0, 0, 0));
        }
        Reports.TerritoryCounts counts = new Reports.TerritoryCounts(13, 0, 0, 0, 0, 13);
        assertThat(TerritoryTable.of(new Reports.Territory(lombardia, counts)).byProvince()).isTrue();

        lombardia.add(row("TO", 1, 0, 0, 0));
        TerritoryTable national = TerritoryTable.of(new Reports.Territory(lombardia, counts));
        assertThat(national.byProvince()).isFalse();
        assertThat(Charts.territory(national)).startsWith("{\"labels\":[\"Piemonte\",\"Lombardia\"]")
                .contains("\"notActivated\":[1,12]");
    }

    @Test
    void everyRegionsOwnTableLinksEachOfItsFigures() {
        for (Territory.Region region : Territory.regions()) {
            assertThat(Territory.provincesOf(region.code())).as(region.name())
                    .hasSizeLessThanOrEqualTo(TerritoryTable.CELL_LINKS_UP_TO);
        }
    }

    @Test
    void aRegionsNameLinksToThePageNarrowedToTheRegionWithTheSameFilters() {
        FigureLinks links = new FigureLinks(new ReportFilter(List.of("PUOI-2019"), "PUOI", null,
                LocalDate.of(2023, 12, 31), null, LocalDate.of(2020, 3, 15), LocalDate.of(2021, 6, 10)));

        assertThat(links.region("03")).isEqualTo("/monitoring?programme=PUOI&call=PUOI-2019&from=2020-03-15"
                + "&to=2021-06-10&region=03&asOf=2023-12-31#territory-section");
    }
}
