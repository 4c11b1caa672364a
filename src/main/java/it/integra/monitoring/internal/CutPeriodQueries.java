package it.integra.monitoring.internal;

import it.integra.monitoring.Reports.Funnel;
import it.integra.monitoring.Reports.SectorRow;
import it.integra.monitoring.Reports.ServiceRow;
import it.integra.monitoring.Reports.TerritoryRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reports over a period that cuts a month ({@link PeriodSplit}): the whole months inside it from the
 * summaries ({@link SummaryQueries}), the days of the months it cuts from the records ({@link ReportQueries}),
 * each with its own statements, then put together. Every pathway falls in one part by its day of request,
 * so counts of pathways add up; the counts of distinct providers and people gather their ids across the
 * parts. The answers equal the records' over the whole period ({@code SummariesMatchRecordsTests}).
 */
@Component
public class CutPeriodQueries implements ReportSource {

    private final JdbcClient jdbc;
    private final ReportQueries records;
    private final SummaryQueries summaries;

    CutPeriodQueries(JdbcClient jdbc, ReportQueries records, SummaryQueries summaries) {
        this.jdbc = jdbc;
        this.records = records;
        this.summaries = summaries;
    }

    @Override
    public Funnel funnel(ReportScope scope) {
        PeriodSplit split = split(scope);
        Funnel sum = parts(split, records::funnel, summaries::funnel).stream().reduce(CutPeriodQueries::add)
                .orElseThrow();
        Set<Long> providers = new HashSet<>();
        split.edges().forEach(edge -> providers.addAll(ids(ReportQueries.providersWithClearance(edge), edge)));
        if (split.whole() != null) {
            providers.addAll(ids(SummaryQueries.providersWithClearance(split.whole()), split.whole()));
        }
        long[] applications = scope.bind(jdbc.sql(ReportQueries.applications(scope)))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Funnel(applications[0], applications[1], providers.size(), sum.clearancesRequested(),
                sum.clearancesGranted(), sum.internshipsStarted(), sum.cancelledAfterClearance());
    }

    private static Funnel add(Funnel a, Funnel b) {
        return new Funnel(0, 0, 0, a.clearancesRequested() + b.clearancesRequested(),
                a.clearancesGranted() + b.clearancesGranted(), a.internshipsStarted() + b.internshipsStarted(),
                a.cancelledAfterClearance() + b.cancelledAfterClearance());
    }

    @Override
    public long completedInternships(ReportScope scope) {
        return parts(split(scope), records::completedInternships, summaries::completedInternships).stream()
                .mapToLong(Long::longValue).sum();
    }

    @Override
    public List<TerritoryRow> territoryRows(ReportScope scope) {
        List<TerritoryRow> rows = merged(parts(split(scope), records::territoryRows, summaries::territoryRows),
                TerritoryRow::province, (a, b) -> new TerritoryRow(a.province(), a.notActivated() + b.notActivated(),
                        a.activated() + b.activated(), a.ongoing() + b.ongoing(), a.completed() + b.completed(),
                        a.terminated() + b.terminated(), a.total() + b.total()));
        rows.sort(Comparator.comparing(TerritoryRow::province));
        return rows;
    }

    @Override
    public List<SectorRow> sectors(ReportScope scope, boolean english) {
        List<SectorRow> rows = merged(parts(split(scope), edge -> records.sectors(edge, english),
                        whole -> summaries.sectors(whole, english)), SectorRow::key,
                (a, b) -> new SectorRow(a.section(), a.label(), a.internships() + b.internships(), a.edition()));
        rows.sort(Comparator.comparingLong(SectorRow::internships).reversed().thenComparingInt(SectorRow::edition)
                .thenComparing(SectorRow::section));
        return rows;
    }

    /**
     * The distinct people of the whole months (the summaries), and the people of the edges who have no
     * qualifying pathway in those months, counted from their records. A person of an edge can have one
     * there only if they have more than one qualifying pathway, so only the summaries' repeated people
     * need comparing.
     */
    @Override
    public long[] profileCounts(ReportScope scope) {
        PeriodSplit split = split(scope);
        Set<Long> people = new HashSet<>();
        split.edges().forEach(edge -> people.addAll(ids(ReportQueries.qualifyingPeople(edge), edge)));
        long[] counts = new long[7];
        if (split.whole() != null) {
            people.removeAll(ids(SummaryQueries.repeatedPeople(split.whole()), split.whole()));
            counts = summaries.profileCounts(split.whole());
        }
        long[] edges = ReportQueries.profileCounts(jdbc.sql(ReportQueries.profileOf("p.id = ANY(:people)"))
                .param("people", people.toArray(Long[]::new)));
        for (int i = 0; i < counts.length; i++) {
            counts[i] += edges[i];
        }
        return counts;
    }

    @Override
    public List<ServiceRow> services(ReportScope scope) {
        List<List<ServiceRow>> parts = parts(split(scope), records::services, summaries::services);
        return merged(parts, ServiceRow::area, (a, b) -> new ServiceRow(a.area(), a.modelHours(),
                a.pathways() + b.pathways(), a.hours().add(b.hours()), a.complete() + b.complete()));
    }

    /**
     * The split of the scope. Edges over every call read the records through the index on call and day of
     * request as well: they name every call (each clearance has one), which the index walks call by call.
     */
    private PeriodSplit split(ReportScope scope) {
        if (scope.callIds() != null) {
            return PeriodSplit.of(scope);
        }
        Long[] every = jdbc.sql("SELECT id FROM programme.call ORDER BY id").query(Long.class).list()
                .toArray(Long[]::new);
        return PeriodSplit.of(scope.ofCalls(every));
    }

    private static <T> List<T> parts(PeriodSplit split, Function<ReportScope, T> fromRecords,
                                     Function<ReportScope, T> fromSummaries) {
        List<T> parts = new ArrayList<>();
        split.edges().forEach(edge -> parts.add(fromRecords.apply(edge)));
        if (split.whole() != null) {
            parts.add(fromSummaries.apply(split.whole()));
        }
        return parts;
    }

    /** The rows of every part added up by key, in the order they first come. */
    private static <R> List<R> merged(List<List<R>> parts, Function<R, String> key, BinaryOperator<R> add) {
        Map<String, R> rows = new LinkedHashMap<>();
        parts.forEach(part -> part.forEach(row -> rows.merge(key.apply(row), row, add)));
        return new ArrayList<>(rows.values());
    }

    private List<Long> ids(String select, ReportScope scope) {
        return scope.bind(jdbc.sql("SELECT DISTINCT x.* FROM (" + select + ") x")).query(Long.class).list();
    }
}
