package it.integra.monitoring.web;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.UnknownFilterException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.ProgrammeCatalogue;
import it.integra.programme.ProgrammeSummary;
import it.integra.shared.Territory;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The monitoring pack of a call or a programme: gathers the reports the Monitoraggio page shows, with
 * the same definitions, and has {@link PackDocument} lay them out as a PDF to send to the ministry.
 */
@Component
class MonitoringPack {

    private final MonitoringReports reports;
    private final CallManagement calls;
    private final ProgrammeCatalogue programmes;
    private final MessageSource messages;
    private final Clock clock;

    MonitoringPack(MonitoringReports reports, CallManagement calls, ProgrammeCatalogue programmes,
                   MessageSource messages, Clock clock) {
        this.reports = reports;
        this.calls = calls;
        this.programmes = programmes;
        this.messages = messages;
        this.clock = clock;
    }

    /** The pack as PDF bytes; unknown calls, programmes or regions throw {@link UnknownFilterException}. */
    byte[] pdf(ReportFilter filter, Locale locale) {
        PackContents contents = new PackContents(cover(filter), reports.funnel(filter), reports.summary(filter),
                reports.territory(filter), reports.sectors(filter, locale), reports.profile(filter),
                services(filter), reports.outcomes(filter));
        return new PackDocument(messages, locale).write(contents);
    }

    private PackContents.Cover cover(ReportFilter filter) {
        Optional<CallDetails> call = filter.calls().isEmpty() ? Optional.empty() : calls.find(filter.calls().get(0));
        String programmeCode = call.map(CallDetails::programme).orElse(filter.programme());
        Optional<ProgrammeSummary> programme = programmeCode == null ? Optional.empty()
                : programmes.programme(programmeCode).map(p -> p.summary());
        return new PackContents.Cover(String.join(", ", filter.calls()), call.map(CallDetails::title).orElse(null),
                programmeCode, programme.map(ProgrammeSummary::name).orElse(null),
                filter.region() == null ? null : Territory.region(filter.region()).map(Territory.Region::name)
                        .orElse(filter.region()),
                filter.asOf(), ZonedDateTime.now(clock));
    }

    /** The services compare hours with one programme's model; calls of several programmes have none. */
    private it.integra.monitoring.Reports.Services services(ReportFilter filter) {
        try {
            return reports.services(filter);
        } catch (UnknownFilterException e) {
            if ("report.filter.oneProgramme".equals(e.messageKey())) {
                return null;
            }
            throw e;
        }
    }
}
