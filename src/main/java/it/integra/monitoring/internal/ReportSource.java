package it.integra.monitoring.internal;

import it.integra.monitoring.Reports.Funnel;
import it.integra.monitoring.Reports.SectorRow;
import it.integra.monitoring.Reports.ServiceRow;
import it.integra.monitoring.Reports.TerritoryRow;
import java.util.List;

/**
 * Where the monitoring reports' figures come from: the records ({@link ReportQueries}), the monthly
 * summaries kept beside them ({@link SummaryQueries}), or both for a period that cuts a month
 * ({@link CutPeriodQueries}). All give the same answers for any scope they serve, which
 * {@code SummariesMatchRecordsTests} checks on generated data.
 */
public interface ReportSource {

    Funnel funnel(ReportScope scope);

    long completedInternships(ReportScope scope);

    List<TerritoryRow> territoryRows(ReportScope scope);

    List<SectorRow> sectors(ReportScope scope, boolean english);

    /** Base, then prior work, qualification, reception, good Italian, certificate A1+, certificate A2+. */
    long[] profileCounts(ReportScope scope);

    List<ServiceRow> services(ReportScope scope);
}
