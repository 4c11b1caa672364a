package it.integra.accounting;

import it.integra.accounting.internal.ClaimPdf;
import it.integra.platform.CurrentUser;
import it.integra.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The statement of a claim, as a PDF to read and sign and as CSV for the authority's systems. */
@Service
@Transactional(readOnly = true)
public class ClaimStatements {

    static final String[] CSV_HEADER = {"claim_code", "provider", "call_code", "period_from", "period_to", "status",
        "clearance_code", "tax_code", "person", "line", "area", "fund", "date", "hours", "amount", "verdict", "reason"};

    private final ClaimQueries claims;
    private final MessageSource messages;
    private final Clock clock;

    ClaimStatements(ClaimQueries claims, MessageSource messages, Clock clock) {
        this.claims = claims;
        this.messages = messages;
        this.clock = clock;
    }

    public Download pdf(long id, CurrentUser user, Locale locale) {
        ClaimDetails claim = claims.find(id, user).orElseThrow(() -> new ClaimNotFoundException(id));
        byte[] pdf = new ClaimPdf(messages, locale).render(claim, LocalDate.now(clock));
        return new Download("rendiconto-" + claim.summary().code() + ".pdf", pdf);
    }

    /** One row per line, amounts with a dot and two decimals, dates in ISO-8601. */
    public Download csv(long id, CurrentUser user) {
        ClaimDetails claim = claims.find(id, user).orElseThrow(() -> new ClaimNotFoundException(id));
        ClaimSummary s = claim.summary();
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (ClaimLine line : claim.lines()) {
                csv.printRecord(SpreadsheetCells.row(s.code(), s.providerName(), s.callCode(), s.periodFrom(),
                        s.periodTo(), s.status(), line.clearanceCode(), line.taxCode(), line.person(), line.line(),
                        line.area(), line.fund(), line.valueDate(), line.hours() == null ? null : line.hours().toPlainString(),
                        line.amount().toPlainString(), line.verdict(), line.reason()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Download("rendiconto-" + s.code() + ".csv", out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
