package it.integra.outcome.web;

import it.integra.outcome.Cohort;
import it.integra.outcome.Dimension;
import it.integra.outcome.EndStatus;
import it.integra.outcome.InternshipSelection;
import java.time.LocalDate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the Esiti pages as the request gives them, and the links that keep them: to the same
 * page with another status, and to the list of internships behind a figure.
 */
record OutcomeFilter(String programme, String call, String region, LocalDate asOf, EndStatus status, Cohort compare) {

    OutcomeFilter {
        programme = blankToNull(programme);
        call = blankToNull(call);
        region = blankToNull(region);
        status = status == null ? EndStatus.COMPLETED : status;
        compare = compare == null ? (call == null ? Cohort.CALL : Cohort.NONE) : compare;
    }

    public OutcomeFilter withRegion(String regionCode) {
        return new OutcomeFilter(programme, call, regionCode, asOf, status, compare);
    }

    /** This page with the figures of another status. */
    public String page(EndStatus other) {
        return base("/outcomes").queryParam("status", other).queryParam("compare", compare.param())
                .build().encode().toUriString();
    }

    /** The internships of the page's status behind a figure. */
    public String list(String measure, Integer months) {
        return list(status, measure, months, null, null, null);
    }

    public String list(EndStatus which, String measure, Integer months) {
        return list(which, measure, months, null, null, null);
    }

    /** The internships behind a figure of a breakdown group. */
    public String group(String measure, Integer months, Dimension dimension, String group) {
        return list(status, measure, months, dimension, group, null);
    }

    /** The internships behind a figure of the contract mix. */
    public String detail(String measure, Integer months, String detail) {
        return list(status, measure, months, null, null, detail);
    }

    private String list(EndStatus which, String measure, Integer months, Dimension dimension, String group,
                        String detail) {
        UriComponentsBuilder link = base("/outcomes/internships").queryParam("status", which)
                .queryParam("measure", InternshipSelection.Measure.valueOf(measure));
        if (months != null) {
            link.queryParam("months", months);
        }
        if (dimension != null) {
            link.queryParam("dimension", dimension.param()).queryParam("group", group);
        }
        if (detail != null) {
            link.queryParam("detail", detail);
        }
        return link.build().encode().toUriString();
    }

    private UriComponentsBuilder base(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (programme != null) {
            link.queryParam("programme", programme);
        }
        if (call != null) {
            link.queryParam("call", call);
        }
        if (region != null) {
            link.queryParam("region", region);
        }
        return link.queryParam("asOf", asOf);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
