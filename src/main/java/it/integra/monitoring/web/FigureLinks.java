package it.integra.monitoring.web;

import it.integra.monitoring.ReportFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links from the numbers of the Monitoraggio page to the records behind them, with the page's
 * filters; outcome windows link to the outcome module's list of internships. Public for the templates.
 */
public final class FigureLinks {

    private final ReportFilter filter;

    FigureLinks(ReportFilter filter) {
        this.filter = filter;
    }

    public String to(String figure) {
        return records(figure).encode().build().toUriString();
    }

    /** With one more parameter: the section or area the figure needs, or a territory row's province. */
    public String to(String figure, String name, String value) {
        return records(figure).replaceQueryParam(name, value).encode().build().toUriString();
    }

    /**
     * The Monitoraggio page with the same filters narrowed to one region, whose province table links every
     * figure to its records: the drill-down of a national province table, two clicks instead of a link in
     * each of its cells.
     */
    public String region(String regionCode) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/monitoring");
        optional(link, "programme", filter.programme());
        filter.calls().forEach(call -> link.queryParam("call", call));
        optional(link, "from", filter.from());
        optional(link, "to", filter.to());
        return link.queryParam("region", regionCode).queryParam("asOf", filter.asOf())
                .fragment("territory-section").encode().build().toUriString();
    }

    /** The internships behind an outcome figure ({@code measure} as the outcome page names it). */
    public String outcomes(String measure, Integer months) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/outcomes/internships")
                .queryParam("status", "COMPLETED").queryParam("measure", measure).queryParam("asOf", filter.asOf());
        optional(link, "programme", filter.programme());
        optional(link, "call", filter.calls().isEmpty() ? null : filter.calls().get(0));
        optional(link, "months", months);
        return link.encode().build().toUriString();
    }

    private UriComponentsBuilder records(String figure) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/monitoring/records").queryParam("figure", figure);
        optional(link, "programme", filter.programme());
        filter.calls().forEach(call -> link.queryParam("call", call));
        optional(link, "region", filter.region());
        optional(link, "province", filter.province());
        optional(link, "from", filter.from());
        optional(link, "to", filter.to());
        return link;
    }

    private static void optional(UriComponentsBuilder link, String name, Object value) {
        if (value != null) {
            link.queryParam(name, value);
        }
    }
}
