package it.integra.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a report covers: some calls (by code), all the calls of a programme, or everything when both
 * are empty; for the territorial reports, one region; and, optionally, one province and a period.
 *
 * @param calls call codes; empty for no restriction by call
 * @param programme a programme code, or null
 * @param region a two-digit region code, or null
 * @param asOf the reference date of the outcome report
 * @param province a province abbreviation (sigla): only the pathways whose clearance is in it, or null
 * @param from the first day of the period (clearances by request date, applications by submission
 *             date), or null for no lower bound
 * @param to the last day of the period, inclusive, or null for no upper bound
 * @param provider the id of the one provider whose pathways and applications count (a provider's operator
 *                 reads only its own), or null for every provider
 */
public record ReportFilter(List<String> calls, String programme, String region, LocalDate asOf, String province,
                           LocalDate from, LocalDate to, Long provider) {

    public ReportFilter {
        calls = calls == null ? List.of() : List.copyOf(calls);
        programme = programme == null || programme.isBlank() ? null : programme;
        region = region == null || region.isBlank() ? null : region;
        province = province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
    }

    /** A filter of every provider. */
    public ReportFilter(List<String> calls, String programme, String region, LocalDate asOf, String province,
                        LocalDate from, LocalDate to) {
        this(calls, programme, region, asOf, province, from, to, null);
    }

    /** A filter without province or period, as the contract's required parameters describe it. */
    public ReportFilter(List<String> calls, String programme, String region, LocalDate asOf) {
        this(calls, programme, region, asOf, null, null, null);
    }

    public static ReportFilter everything(LocalDate asOf) {
        return new ReportFilter(List.of(), null, null, asOf);
    }

    public ReportFilter withRegion(String regionCode) {
        return new ReportFilter(calls, programme, regionCode, asOf, province, from, to, provider);
    }

    public ReportFilter withProvider(Long providerId) {
        return new ReportFilter(calls, programme, region, asOf, province, from, to, providerId);
    }

    /** Whether a province or a period narrows the pathways (the outcomes report cannot follow them). */
    public boolean narrowed() {
        return province != null || from != null || to != null;
    }
}
