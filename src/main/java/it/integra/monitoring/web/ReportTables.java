package it.integra.monitoring.web;

import it.integra.monitoring.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Each report as one table (a header and rows), for CSV and spreadsheets. */
final class ReportTables {

    /** The columns that hold a share of a base (0..1), shown as percentages in spreadsheets. */
    private static final Set<String> SHARES = Set.of("share", "rate");

    record Table(List<String> header, List<List<Object>> rows) {

        boolean isShare(int column) {
            return SHARES.contains(header.get(column));
        }
    }

    private ReportTables() {
    }

    static Table of(Object report) {
        if (report instanceof Reports.Funnel f) {
            return new Table(List.of("providersApplied", "providersEligible", "providersWithClearance",
                    "clearancesRequested", "clearancesGranted", "internshipsStarted", "cancelledAfterClearance"),
                    List.of(List.of(f.providersApplied(), f.providersEligible(), f.providersWithClearance(),
                            f.clearancesRequested(), f.clearancesGranted(), f.internshipsStarted(),
                            f.cancelledAfterClearance())));
        }
        if (report instanceof Reports.Summary s) {
            return new Table(List.of("providers", "pathwaysFunded", "internshipsStarted", "internshipsCompleted"),
                    List.of(List.of(s.providers(), s.pathwaysFunded(), s.internshipsStarted(), s.internshipsCompleted())));
        }
        if (report instanceof Reports.Territory t) {
            return territory(t);
        }
        if (report instanceof Reports.Sectors s) {
            return new Table(List.of("section", "label", "internships", "edition"),
                    s.rows().stream().map(r -> List.<Object>of(r.section(), r.label(), r.internships(), r.edition()))
                            .toList());
        }
        if (report instanceof Reports.Profile p) {
            return profile(p);
        }
        if (report instanceof Reports.Services s) {
            return new Table(List.of("area", "modelHours", "pathways", "hours", "complete"),
                    s.rows().stream().map(r -> List.<Object>of(r.area(), r.modelHours(), r.pathways(), r.hours(),
                            r.complete())).toList());
        }
        if (report instanceof Reports.Outcomes o) {
            return new Table(List.of("asOf", "completed", "months", "observed", "employed", "rate"),
                    o.windows().stream().map(w -> List.<Object>of(o.asOf(), o.completed(), w.months(), w.observed(),
                            w.employed(), w.rate())).toList());
        }
        throw new IllegalArgumentException("not a report: " + report);
    }

    private static Table territory(Reports.Territory t) {
        List<List<Object>> rows = new ArrayList<>(t.rows().stream().map(r -> List.<Object>of(r.province(),
                r.notActivated(), r.activated(), r.ongoing(), r.completed(), r.terminated(), r.total())).toList());
        Reports.TerritoryCounts total = t.total();
        rows.add(List.of("TOTAL", total.notActivated(), total.activated(), total.ongoing(), total.completed(),
                total.terminated(), total.total()));
        return new Table(List.of("province", "notActivated", "activated", "ongoing", "completed", "terminated", "total"),
                rows);
    }

    private static Table profile(Reports.Profile p) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("base", p.base(), 1.0));
        add(rows, "priorWorkExperience", p.priorWorkExperience());
        add(rows, "professionalQualification", p.professionalQualification());
        add(rows, "housedInReception", p.housedInReception());
        add(rows, "goodLanguageKnowledge", p.goodLanguageKnowledge());
        add(rows, "languageCertificateA1", p.languageCertificateA1());
        add(rows, "languageCertificateA2", p.languageCertificateA2());
        return new Table(List.of("indicator", "count", "share"), rows);
    }

    private static void add(List<List<Object>> rows, String name, Reports.Indicator indicator) {
        rows.add(List.of(name, indicator.count(), indicator.share()));
    }
}
