package it.integra.outcome;

import java.time.LocalDate;
import java.util.List;

/** The figures of the outcome pages and reports, as records. */
public final class OutcomeViews {

    private OutcomeViews() {
    }

    /**
     * One window of N months: internships observed (window closed by the reference date), employed
     * within it, and employed by the host itself within it.
     */
    public record Window(int months, long observed, long employed, long hiredByHost) {

        public double rate() {
            return share(employed, observed);
        }

        /** Hired by the host, as a share of the observed internships. */
        public double hostRate() {
            return share(hiredByHost, observed);
        }

        /** Hired by the host, as a share of those employed. */
        public double hostShareOfEmployed() {
            return share(hiredByHost, employed);
        }
    }

    /** The headline: ended internships of one status and the 3, 6 and 12-month windows. */
    public record Headline(LocalDate asOf, EndStatus status, long ended, List<Window> windows) {

        public Window window(int months) {
            return windows.stream().filter(w -> w.months() == months).findFirst().orElseThrow();
        }
    }

    /** One group of a breakdown, e.g. the province TO, with its windows. */
    public record GroupRow(String key, String label, long ended, List<Window> windows) {
    }

    public record Breakdown(Dimension dimension, List<GroupRow> rows) {
    }

    /**
     * The first employment contracts of those employed within each headline window, by kind (open-ended,
     * fixed-term, apprenticeship, other) or by duration band; {@code counts} follow the windows.
     */
    public record MixRow(String key, List<Long> counts) {
    }

    public record Mix(List<Integer> months, List<Long> employed, List<MixRow> kinds, List<MixRow> durations) {

        public double share(long count, int windowIndex) {
            return OutcomeViews.share(count, employed.get(windowIndex));
        }
    }

    /** One point of a cumulative curve: of those observed M months after the end, the share employed by then. */
    public record Point(int month, long observed, long employed) {

        public double share() {
            return OutcomeViews.share(employed, observed);
        }
    }

    /** The cumulative curve of one cohort (everything, a call, a programme, a year of end). */
    public record Curve(String cohort, long ended, List<Point> points) {
    }

    /**
     * One internship behind a figure; {@code participant} (the name) and {@code participantId} are null
     * when the reader may not see names.
     */
    public record OutcomeInternship(String internshipCode, String clearanceCode, String participant, String callCode,
                                    String province, EndStatus status, LocalDate endDate,
                                    LocalDate firstEmploymentStart, String firstContractType,
                                    Integer monthsToEmployment, boolean hiredByHost, Long participantId) {
    }

    static double share(long count, long base) {
        return base == 0 ? 0.0 : (double) count / base;
    }
}
