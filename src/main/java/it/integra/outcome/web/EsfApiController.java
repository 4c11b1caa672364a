package it.integra.outcome.web;

import it.integra.outcome.EsfIndicator;
import it.integra.outcome.EsfIndicators;
import it.integra.outcome.OutcomeScopes;
import it.integra.outcome.UnknownOutcomeFilterException;
import it.integra.platform.CurrentUser;
import it.integra.platform.Problems;
import it.integra.shared.SpreadsheetCells;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ESF+ common indicators for the fund's reporting, as JSON or CSV. */
@RestController
@Tag(name = "Outcomes", description = "ESF+ indicators of the programmes")
class EsfApiController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final OutcomeScopes scopes;
    private final EsfIndicators indicators;
    private final MessageSource messages;
    private final Clock clock;
    private final Problems problems;

    EsfApiController(OutcomeScopes scopes, EsfIndicators indicators, MessageSource messages, Clock clock,
                     Problems problems) {
        this.scopes = scopes;
        this.indicators = indicators;
        this.messages = messages;
        this.clock = clock;
        this.problems = problems;
    }

    @GetMapping("/api/v1/outcomes/esf")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'ANALYST')")
    @Operation(summary = "ESF+ common indicators (output EECO.., result EECR04 and EECR05)",
            description = "Filters: programme, call, region, asOf (default today). CSV with Accept: text/csv or format=csv.")
    ResponseEntity<?> esf(@RequestParam(required = false) String programme, @RequestParam(required = false) String call,
                          @RequestParam(required = false) String region,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @RequestParam(required = false) String format,
                          @RequestHeader(name = "Accept", required = false) String accept,
                          CurrentUser user, Locale locale) throws IOException {
        LocalDate reference = asOf == null ? LocalDate.now(clock) : asOf;
        List<EsfIndicator> rows = indicators.indicators(scopes.resolve(programme, call, region, user), reference);
        if ("csv".equals(format) || format == null && accept != null && accept.contains("text/csv")) {
            return ResponseEntity.ok().contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"esf-indicators-" + reference + ".csv\"")
                    .body(csv(rows, reference, locale));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows.stream()
                .map(i -> new Row(i.code(), describe(i, locale), i.available(), i.women(), i.men(), i.total(), i.base(),
                        i.rate()))
                .toList());
    }

    /** One indicator as the API answers it. */
    record Row(String indicator, String description, boolean available, long women, long men, long total, Long base,
               Double rate) {
    }

    @ExceptionHandler(UnknownOutcomeFilterException.class)
    ProblemDetail unknownFilter(UnknownOutcomeFilterException e) {
        return problems.of(HttpStatus.BAD_REQUEST, "problem.invalid.title", e.messageKey(), e.value());
    }

    private String csv(List<EsfIndicator> rows, LocalDate asOf, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("indicator", "description", "as_of", "women", "men", "total", "base", "rate").get())) {
            for (EsfIndicator i : rows) {
                csv.printRecord(SpreadsheetCells.row(i.code(), describe(i, locale), asOf, i.available() ? i.women() : "",
                        i.available() ? i.men() : "", i.available() ? i.total() : "", i.base() == null ? "" : i.base(),
                        i.rate() == null ? "" : String.format(Locale.ROOT, "%.4f", i.rate())));
            }
        }
        return out.toString();
    }

    private String describe(EsfIndicator indicator, Locale locale) {
        return messages.getMessage("outcome.esf." + indicator.code(), null, locale);
    }
}
