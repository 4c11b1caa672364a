package it.integra.monitoring.web;

import it.integra.monitoring.Reports;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Everything a monitoring pack shows: what it covers and the reports for it. The services are null
 * when the pack spans more than one programme's model.
 */
record PackContents(Cover cover, Reports.Funnel funnel, Reports.Summary summary, Reports.Territory territory,
                    Reports.Sectors sectors, Reports.Profile profile, Reports.Services services,
                    Reports.Outcomes outcomes) {

    /**
     * The cover: the call (code and title) if one was chosen, the programme (code and name), the
     * region name or null for the whole country, the reference date and when the pack was made.
     */
    record Cover(String call, String callTitle, String programme, String programmeName, String region,
                 LocalDate referenceDate, ZonedDateTime generatedAt) {
    }
}
