package it.integra.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report covers: some calls (by code), all the calls of a programme, or everything when both
 * are empty; and, for the territorial reports, one region.
 *
 * @param calls call codes; empty for no restriction by call
 * @param programme a programme code, or null
 * @param region a two-digit region code, or null
 * @param asOf the reference date of the outcome report
 */
public record ReportFilter(List<String> calls, String programme, String region, LocalDate asOf) {

    public ReportFilter {
        calls = calls == null ? List.of() : List.copyOf(calls);
        programme = programme == null || programme.isBlank() ? null : programme;
        region = region == null || region.isBlank() ? null : region;
    }

    public static ReportFilter everything(LocalDate asOf) {
        return new ReportFilter(List.of(), null, null, asOf);
    }

    public ReportFilter withRegion(String regionCode) {
        return new ReportFilter(calls, programme, regionCode, asOf);
    }
}
