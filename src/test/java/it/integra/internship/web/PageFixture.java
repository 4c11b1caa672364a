package it.integra.internship.web;

import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the page tests: an open PUOI call, an eligible provider with an operator who can log in, and
 * granted clearances proposing a host, all written with SQL.
 */
final class PageFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(800);

    private final JdbcClient jdbc;
    private final String suffix = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
    private final long callId;
    private final long providerId;
    private final long operatorId;
    private long lastClearance;

    PageFixture(JdbcClient jdbc, String passwordHash) {
        this.jdbc = jdbc;
        callId = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso', :opens, :closes, 1000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", "PGX-" + suffix).param("opens", today.minusYears(1)).param("closes", today.plusMonths(3))
                .query(Long.class).single();
        providerId = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', 'Ente pagine', 'TRAINING_BODY', 'TO') RETURNING id""")
                .param("code", "PGXP-" + suffix).query(Long.class).single();
        operatorId = jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id)
                        VALUES (:username, 'Giulia Bianchi', :hash, 'PROVIDER', :provider) RETURNING id""")
                .param("username", username()).param("hash", passwordHash).param("provider", providerId)
                .query(Long.class).single();
    }

    String username() {
        return "pagine-" + suffix;
    }

    long operatorId() {
        return operatorId;
    }

    long lastClearance() {
        return lastClearance;
    }

    /** A clearance granted five days ago, proposing the host, for a new person. */
    long clearance(String hostTaxCode) {
        int n = SEQUENCE.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String first15 = String.format("PGX%s96B02L%03d", "" + alphabet.charAt(n % 26) + alphabet.charAt((n / 26) % 26)
                + alphabet.charAt((n / 676) % 26), n % 1000);
        long participant = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge)
                        VALUES (:tax, 'Traore', 'Fatou', 'F', '1996-02-02', 'ML', 'INTERNATIONAL_PROTECTION', false, true,
                            false, 'GOOD') RETURNING id""")
                .param("tax", first15 + TaxCode.personalCheckCharacter(first15)).query(Long.class).single();
        lastClearance = jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                            requested_on, status, decided_on, host_tax_code, host_name, host_ateco, host_province,
                            host_employees, planned_start, convention_ref, convention_on)
                        VALUES (:code, :call, :provider, :participant, 'TO', '01', :requested, 'GRANTED', :decided, :host,
                            :hostName, '56.10.11', 'TO', 8, :decided, 'CONV', :requested) RETURNING id""")
                .param("code", "NO-PGX-" + suffix + "-" + n).param("call", callId).param("provider", providerId)
                .param("participant", participant).param("requested", today.minusDays(10))
                .param("decided", today.minusDays(5)).param("host", hostTaxCode).param("hostName", "Trattoria " + hostTaxCode)
                .query(Long.class).single();
        return lastClearance;
    }

    String hostTaxCode() {
        long n = (ProcessHandle.current().pid() % 10_000) * 100_000 + SEQUENCE.incrementAndGet();
        // seven digits of registration number, never all zero, and an office code 001-100
        String first10 = String.format("%07d%03d", 7_000_000 + n / 100 % 2_000_000, 1 + n % 100);
        return first10 + TaxCode.numericCheckDigit(first10);
    }
}
