package it.integra.accounting;

import it.integra.clearance.HostData;
import it.integra.clearance.RequestClearance;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.shared.ServiceArea;
import it.integra.shared.TaxCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds with plain SQL what accounting works on: an open PUOI call, an eligible provider with an
 * operator who can log in, people in its charge, granted clearances (as an import leaves them: no
 * ledger) and internships. Each fixture has its own codes, so tests share one database.
 */
final class AccountingFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(900);

    final JdbcClient jdbc;
    final String suffix = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    final CurrentUser officer = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);
    long callId;
    String callCode;
    long providerId;
    CurrentUser operator;
    long lastParticipant;

    private AccountingFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open PUOI call, an eligible provider and its operator, whose password hash is {@code passwordHash}. */
    static AccountingFixture ready(JdbcClient jdbc, String passwordHash) {
        AccountingFixture fixture = new AccountingFixture(jdbc);
        fixture.call();
        fixture.provider(passwordHash);
        return fixture;
    }

    static AccountingFixture ready(JdbcClient jdbc) {
        return ready(jdbc, "{noop}not-used");
    }

    private void call() {
        callCode = "AFX-" + suffix;
        callId = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso doti', :opens, :closes, 10000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", callCode).param("opens", LocalDate.of(2020, 1, 1)).param("closes", today.plusMonths(6))
                .query(Long.class).single();
        for (String table : List.of("call_area", "call_endowment_line", "call_target_group")) {
            String columns = switch (table) {
                case "call_area" -> "area, position, model_hours, phase, hours_after_end, optional";
                case "call_endowment_line" -> "line, position, basis, area, quantity, unit_cost, amount, recipient, fund, optional";
                default -> "target_group";
            };
            jdbc.sql("INSERT INTO programme." + table + " (call_id, " + columns + ") SELECT :id, " + columns
                    + " FROM programme." + table.replace("call_", "programme_") + " WHERE programme_code = 'PUOI'")
                    .param("id", callId).update();
        }
    }

    private void provider(String passwordHash) {
        providerId = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', :name, 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", "AFXP-" + suffix).param("name", "Cooperativa Doti " + suffix).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO provider.application (call_id, provider_id, submitted_on, outcome)
                VALUES (:call, :provider, '2020-01-10', 'ELIGIBLE')""")
                .param("call", callId).param("provider", providerId).update();
        long id = jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id)
                        VALUES (:username, 'Giulia Bianchi', :hash, 'PROVIDER', :provider) RETURNING id""")
                .param("username", "doti-" + suffix).param("hash", passwordHash).param("provider", providerId)
                .query(Long.class).single();
        operator = new CurrentUser(id, "doti-" + suffix, "Giulia Bianchi", Role.PROVIDER, providerId, null);
    }

    /** A new person in the provider's charge, with a recent DID and a training plan; returns the intake's id. */
    long personInCharge(String familyName) {
        int n = SEQUENCE.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String first15 = String.format("ACC%s93C03F%03d", "" + alphabet.charAt(n % 26) + alphabet.charAt((n / 26) % 26)
                + alphabet.charAt((n / 676) % 26), n % 1000);
        lastParticipant = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge)
                        VALUES (:tax, :family, 'Amina', 'F', '1993-03-03', 'SO', 'INTERNATIONAL_PROTECTION', true, true,
                            false, 'GOOD') RETURNING id""")
                .param("tax", first15 + TaxCode.personalCheckCharacter(first15)).param("family", familyName)
                .query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO participant.intake (participant_id, provider_id, taken_on, did_on, training_plan,
                            training_plan_on)
                        VALUES (:p, :provider, :taken, :did, 'Piano formativo', :did) RETURNING id""")
                .param("p", lastParticipant).param("provider", providerId).param("taken", LocalDate.of(2020, 6, 1))
                .param("did", today.minusMonths(1)).query(Long.class).single();
    }

    /** A clearance granted on {@code decided} to a new person, written as an import leaves it (no ledger). */
    long grantedClearance(String familyName, LocalDate decided) {
        long intake = personInCharge(familyName);
        return jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                            requested_on, status, decided_on, intake_id)
                        VALUES (:code, :call, :provider, :participant, 'TO', '01', :requested, 'GRANTED', :decided, :intake)
                        RETURNING id""")
                .param("code", "NO-AFX-" + suffix + "-" + SEQUENCE.incrementAndGet()).param("call", callId)
                .param("provider", providerId).param("participant", lastParticipant)
                .param("requested", decided.minusDays(10)).param("decided", decided).param("intake", intake)
                .query(Long.class).single();
    }

    /** The internship of a granted clearance at a new host, ongoing; returns its id. */
    long internship(long clearanceId, LocalDate start, LocalDate plannedEnd) {
        long n = (ProcessHandle.current().pid() % 10_000) * 100_000 + SEQUENCE.incrementAndGet();
        String first10 = String.format("%07d%03d", 1_000_000 + n / 100 % 9_000_000, 1 + n % 100);
        String hostTaxCode = first10 + TaxCode.numericCheckDigit(first10);
        long host = jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, province, employees)
                        VALUES (:tax, :name, '56.10.11', 'TO', 12) RETURNING id""")
                .param("tax", hostTaxCode).param("name", "Trattoria " + hostTaxCode).query(Long.class).single();
        return jdbc.sql("""
                        INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name, host_ateco,
                            host_section, host_province, start_date, planned_end_date, status, provider_tutor_id,
                            weekly_hours)
                        VALUES (:code, :clearance, :host, :tax, :name, '56.10.11', 'I', 'TO', :start, :end, 'ONGOING',
                            :tutor, 30) RETURNING id""")
                .param("code", "TIR-AFX-" + suffix + "-" + SEQUENCE.incrementAndGet()).param("clearance", clearanceId)
                .param("host", host).param("tax", hostTaxCode).param("name", "Trattoria " + hostTaxCode)
                .param("start", start).param("end", plannedEnd).param("tutor", operator.id())
                .query(Long.class).single();
    }

    long hostOf(long internshipId) {
        return jdbc.sql("SELECT host_id FROM internship.internship WHERE id = :id").param("id", internshipId)
                .query(Long.class).single();
    }

    LogHours hours(PathwayRef ref, ServiceArea area, LocalDate day, String hours) {
        return new LogHours(List.of(ref), area, day, new BigDecimal(hours), DeliveryMode.IN_PERSON, operator.id(),
                "Colloquio individuale");
    }

    LogHours group(List<PathwayRef> refs, ServiceArea area, LocalDate day, String hours) {
        return new LogHours(refs, area, day, new BigDecimal(hours), DeliveryMode.REMOTE, operator.id(),
                "Laboratorio di gruppo");
    }

    /** A clearance request for the person last taken in charge that every rule accepts. */
    RequestClearance request() {
        return new RequestClearance(lastParticipant, callCode, "TO", today.plusDays(10),
                new HostData("01234560017", "Trattoria Da Mario", "56.10.11", "TO", 12), "CONV-" + suffix,
                today.minusDays(2));
    }

    /** The sum of the pathway's ledger entries of a kind (net of reversals), optionally of one line. */
    BigDecimal ledger(long clearanceId, String kind, String line) {
        return jdbc.sql("""
                        SELECT coalesce(sum(amount), 0) FROM accounting.ledger_entry
                        WHERE clearance_id = :id AND kind = :kind AND (CAST(:line AS text) IS NULL OR line = :line)""")
                .param("id", clearanceId).param("kind", kind).param("line", line).query(BigDecimal.class).single();
    }

    long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            statement = statement.param(i + 1, params[i]);
        }
        return statement.query(Long.class).single();
    }
}
