package it.integra.monitoring.web;

import it.integra.monitoring.UnknownFilterException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.ui.Model;

/**
 * The dates of the period as typed ({@code from}, {@code to}, ISO {@code yyyy-MM-dd}): a malformed one is
 * refused with a message that names its field in the reader's language, not with a conversion error.
 */
final class PeriodParams {

    private PeriodParams() {
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UnknownFilterException("report.filter." + field, text);
        }
    }

    /** For the pages: a malformed date is left out and shown as the filter's problem (400). */
    static LocalDate date(String field, String text, Model model, HttpServletResponse response) {
        try {
            return date(field, text);
        } catch (UnknownFilterException e) {
            show(e, model, response);
            return null;
        }
    }

    /** The filter's problem on a page: 403 outside the reader's region, 400 otherwise. */
    static void show(UnknownFilterException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof it.integra.monitoring.OutOfScopeFilterException
                ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("filterError", e.messageKey());
        model.addAttribute("filterValue", e.value());
    }
}
