package it.integra.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The monitoring reports of the interchange contract, as records that serialise to its JSON. */
public final class Reports {

    private Reports() {
    }

    public record Funnel(long providersApplied, long providersEligible, long providersWithClearance,
                         long clearancesRequested, long clearancesGranted, long internshipsStarted,
                         long cancelledAfterClearance) {
    }

    public record Summary(long providers, long pathwaysFunded, long internshipsStarted, long internshipsCompleted) {
    }

    public record TerritoryCounts(long notActivated, long activated, long ongoing, long completed, long terminated,
                                  long total) {
    }

    public record TerritoryRow(String province, long notActivated, long activated, long ongoing, long completed,
                               long terminated, long total) {
    }

    public record Territory(List<TerritoryRow> rows, TerritoryCounts total) {
    }

    /**
     * Internships whose host's code is in a section of an ATECO edition (2007 or 2025): the same letter
     * names another section in the other edition, so a row is a section of one edition.
     */
    public record SectorRow(String section, String label, long internships, int edition) {

        /** The section with its edition, as the figure behind the row is asked for: {@code 2025-K}. */
        public String key() {
            return edition + "-" + section;
        }
    }

    public record Sectors(List<SectorRow> rows) {

        /** The editions the report counts, oldest first (none when it counts no internship). */
        public List<Integer> editions() {
            return rows.stream().map(SectorRow::edition).distinct().sorted().toList();
        }
    }

    public record Indicator(long count, double share) {
        static Indicator of(long count, long base) {
            return new Indicator(count, base == 0 ? 0.0 : (double) count / base);
        }
    }

    public record Profile(long base, Indicator priorWorkExperience, Indicator professionalQualification,
                          Indicator housedInReception, Indicator goodLanguageKnowledge,
                          Indicator languageCertificateA1, Indicator languageCertificateA2) {
    }

    public record ServiceRow(String area, BigDecimal modelHours, long pathways, BigDecimal hours, long complete) {
    }

    public record Services(List<ServiceRow> rows) {
    }

    public record Window(int months, long observed, long employed, double rate) {
    }

    public record Outcomes(LocalDate asOf, long completed, List<Window> windows) {
    }
}
