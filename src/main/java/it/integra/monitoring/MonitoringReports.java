package it.integra.monitoring;

import it.integra.monitoring.Reports.Funnel;
import it.integra.monitoring.Reports.Indicator;
import it.integra.monitoring.Reports.Outcomes;
import it.integra.monitoring.Reports.Profile;
import it.integra.monitoring.Reports.Sectors;
import it.integra.monitoring.Reports.Summary;
import it.integra.monitoring.Reports.Territory;
import it.integra.monitoring.Reports.TerritoryCounts;
import it.integra.monitoring.Reports.TerritoryRow;
import it.integra.monitoring.Reports.Window;
import it.integra.monitoring.internal.CutPeriodQueries;
import it.integra.monitoring.internal.ReportQueries;
import it.integra.monitoring.internal.ReportScope;
import it.integra.monitoring.internal.ReportSource;
import it.integra.monitoring.internal.ReportTimers;
import it.integra.monitoring.internal.SummaryQueries;
import it.integra.outcome.EndStatus;
import it.integra.outcome.OutcomeFigures;
import it.integra.outcome.OutcomeScope;
import it.integra.outcome.OutcomeViews.Headline;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring reports of the interchange contract, computed with set-based SQL. Funnel, summary,
 * services and outcomes cover the selected calls; territory, sectors and profile are territorial and
 * also honour the region. The figures come from the summaries per call, province and month that the
 * database keeps (read in milliseconds at national scale times a hundred); a period that cuts a month
 * reads its whole months from them and counts the days of the months it cuts from the records; a filter
 * that holds one provider (a provider's operator reads its own figures) is counted from the records;
 * outcomes come from the outcome facts. The filter must already be the
 * reader's scope ({@link ReportAccess#scoped}).
 */
@Service
@Transactional(readOnly = true)
public class MonitoringReports {

    private final JdbcClient jdbc;
    private final ReportQueries records;
    private final SummaryQueries summaries;
    private final CutPeriodQueries cutPeriods;
    private final OutcomeFigures outcomeFigures;
    private final ReportTimers timers;

    MonitoringReports(JdbcClient jdbc, ReportQueries records, SummaryQueries summaries, CutPeriodQueries cutPeriods,
                      OutcomeFigures outcomeFigures, ReportTimers timers) {
        this.jdbc = jdbc;
        this.records = records;
        this.summaries = summaries;
        this.cutPeriods = cutPeriods;
        this.outcomeFigures = outcomeFigures;
        this.timers = timers;
    }

    /**
     * The monthly summaries when the period is made of whole months (or absent), the summaries and the
     * records of the months cut when it cuts a month, the records for one provider: same answers.
     */
    private ReportSource source(ReportScope scope) {
        if (scope.providerId() != null) {
            return records;
        }
        return scope.wholeMonths() ? summaries : cutPeriods;
    }

    public Funnel funnel(ReportFilter filter) {
        return timers.time("funnel", () -> funnelOf(filter));
    }

    private Funnel funnelOf(ReportFilter filter) {
        ReportScope scope = scope(filter.withRegion(null));
        return source(scope).funnel(scope);
    }

    public Summary summary(ReportFilter filter) {
        return timers.time("summary", () -> summaryOf(filter));
    }

    private Summary summaryOf(ReportFilter filter) {
        Funnel funnel = funnelOf(filter);
        ReportScope scope = scope(filter.withRegion(null));
        long completed = source(scope).completedInternships(scope);
        return new Summary(funnel.providersWithClearance(), funnel.clearancesGranted(), funnel.internshipsStarted(),
                completed);
    }

    public Territory territory(ReportFilter filter) {
        return timers.time("territory", () -> territoryOf(filter));
    }

    private Territory territoryOf(ReportFilter filter) {
        ReportScope scope = scope(filter);
        List<TerritoryRow> rows = source(scope).territoryRows(scope);
        TerritoryCounts total = new TerritoryCounts(
                rows.stream().mapToLong(TerritoryRow::notActivated).sum(),
                rows.stream().mapToLong(TerritoryRow::activated).sum(),
                rows.stream().mapToLong(TerritoryRow::ongoing).sum(),
                rows.stream().mapToLong(TerritoryRow::completed).sum(),
                rows.stream().mapToLong(TerritoryRow::terminated).sum(),
                rows.stream().mapToLong(TerritoryRow::total).sum());
        return new Territory(rows, total);
    }

    public Sectors sectors(ReportFilter filter, Locale locale) {
        return timers.time("sectors", () -> {
            ReportScope scope = scope(filter);
            return new Sectors(source(scope).sectors(scope, "en".equals(locale.getLanguage())));
        });
    }

    public Profile profile(ReportFilter filter) {
        return timers.time("profile", () -> profileOf(filter));
    }

    private Profile profileOf(ReportFilter filter) {
        ReportScope scope = scope(filter);
        long[] counts = source(scope).profileCounts(scope);
        long base = counts[0];
        return new Profile(base, Indicator.of(counts[1], base), Indicator.of(counts[2], base),
                Indicator.of(counts[3], base), Indicator.of(counts[4], base), Indicator.of(counts[5], base),
                Indicator.of(counts[6], base));
    }

    public Reports.Services services(ReportFilter filter) {
        return timers.time("services", () -> {
            ReportScope scope = scope(filter.withRegion(null));
            return new Reports.Services(source(scope).services(scope));
        });
    }

    /** Read from the outcome facts, which the imports keep up to date, in one scan. */
    public Outcomes outcomes(ReportFilter filter) {
        return timers.time("outcomes", () -> outcomesOf(filter));
    }

    private Outcomes outcomesOf(ReportFilter filter) {
        ReportScope scope = scope(filter.withRegion(null));
        OutcomeScope calls = new OutcomeScope(scope.callIds() == null ? null : List.of(scope.callIds()), scope.providerId(),
                null);
        Headline headline = outcomeFigures.headline(calls, EndStatus.COMPLETED, filter.asOf());
        List<Window> windows = headline.windows().stream()
                .map(w -> new Window(w.months(), w.observed(), w.employed(), w.rate()))
                .toList();
        return new Outcomes(filter.asOf(), headline.ended(), windows);
    }

    private ReportScope scope(ReportFilter filter) {
        return ReportScope.resolve(jdbc, filter);
    }
}
