package it.integra.internship;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.shared.TaxCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds, with plain SQL, what an internship starts from: an open PUOI call, a provider found
 * eligible with an operator (a real user, who can tutor), and granted clearances of people in the
 * provider's charge, each proposing a host. Each fixture has its own codes, so tests share a database.
 */
final class InternshipFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    final JdbcClient jdbc;
    final String suffix = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
    final CurrentUser officer = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);
    long callId;
    String callCode;
    long providerId;
    CurrentUser operator;

    InternshipFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open PUOI call, an eligible provider and its operator, whose password hash is {@code passwordHash}. */
    static InternshipFixture ready(JdbcClient jdbc, String passwordHash) {
        return new InternshipFixture(jdbc).call().provider(passwordHash);
    }

    static InternshipFixture ready(JdbcClient jdbc) {
        return ready(jdbc, "{noop}not-used");
    }

    InternshipFixture call() {
        callCode = "IFX-" + suffix;
        callId = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso tirocini', :opens, :closes, 10000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", callCode).param("opens", today.minusYears(1)).param("closes", today.plusMonths(6))
                .query(Long.class).single();
        for (String table : new String[] {"call_area", "call_endowment_line", "call_target_group"}) {
            copyModel(table);
        }
        return this;
    }

    private void copyModel(String table) {
        String columns = switch (table) {
            case "call_area" -> "area, position, model_hours, phase, hours_after_end, optional";
            case "call_endowment_line" -> "line, position, basis, area, quantity, unit_cost, amount, recipient, fund, optional";
            default -> "target_group";
        };
        String source = table.replace("call_", "programme_");
        jdbc.sql("INSERT INTO programme." + table + " (call_id, " + columns + ") SELECT :id, " + columns
                + " FROM programme." + source + " WHERE programme_code = 'PUOI'").param("id", callId).update();
    }

    InternshipFixture provider(String passwordHash) {
        providerId = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', :name, 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", "IFXP-" + suffix).param("name", "Cooperativa Tirocini " + suffix).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO provider.application (call_id, provider_id, submitted_on, outcome)
                VALUES (:call, :provider, :on, 'ELIGIBLE')""")
                .param("call", callId).param("provider", providerId).param("on", today.minusYears(1)).update();
        operator = operator("operatore-" + suffix, "Giulia Bianchi", passwordHash);
        return this;
    }

    /** Another operator of the fixture's provider. */
    CurrentUser operator(String username, String displayName, String passwordHash) {
        long id = jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id)
                        VALUES (:username, :name, :hash, 'PROVIDER', :provider) RETURNING id""")
                .param("username", username).param("name", displayName).param("hash", passwordHash)
                .param("provider", providerId).query(Long.class).single();
        return new CurrentUser(id, username, displayName, Role.PROVIDER, providerId, null);
    }

    /** A clearance granted {@code daysAgo} days ago to a new person in the provider's charge, proposing the host. */
    long grantedClearance(int daysAgo, String hostTaxCode, int hostEmployees) {
        int n = SEQUENCE.incrementAndGet();
        long participantId = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge)
                        VALUES (:tax, 'Diallo', :given, 'M', :birth, 'GN', 'INTERNATIONAL_PROTECTION', true, true, false,
                            'GOOD') RETURNING id""")
                .param("tax", personalTaxCode(n)).param("given", "Amadou " + n).param("birth", today.minusYears(28))
                .query(Long.class).single();
        long intakeId = jdbc.sql("""
                        INSERT INTO participant.intake (participant_id, provider_id, taken_on, did_on, training_plan,
                            training_plan_on)
                        VALUES (:p, :provider, :taken, :taken, 'Piano', :taken) RETURNING id""")
                .param("p", participantId).param("provider", providerId).param("taken", today.minusDays(daysAgo + 40))
                .query(Long.class).single();
        LocalDate decided = today.minusDays(daysAgo);
        return jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                            requested_on, status, decided_on, intake_id, host_tax_code, host_name, host_ateco,
                            host_province, host_employees, planned_start, convention_ref, convention_on)
                        VALUES (:code, :call, :provider, :participant, 'TO', '01', :requested, 'GRANTED', :decided, :intake,
                            :host, :hostName, '56.10.11', 'TO', :employees, :decided, 'CONV-1', :requested)
                        RETURNING id""")
                .param("code", "NO-IFX-" + suffix + "-" + n).param("call", callId).param("provider", providerId)
                .param("participant", participantId).param("requested", decided.minusDays(5)).param("decided", decided)
                .param("intake", intakeId).param("host", hostTaxCode).param("hostName", "Trattoria " + hostTaxCode)
                .param("employees", hostEmployees)
                .query(Long.class).single();
    }

    /**
     * A person in the provider's charge, ready for a clearance request: eligible, with a recent DID, a
     * training plan (PFI) and the hours of the model's first phase delivered. Returns the person's id.
     */
    long personInCharge() {
        int n = SEQUENCE.incrementAndGet();
        long participantId = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge)
                        VALUES (:tax, 'Kone', 'Ibrahim', 'M', :birth, 'CI', 'INTERNATIONAL_PROTECTION', true, true, false,
                            'GOOD') RETURNING id""")
                .param("tax", personalTaxCode(n)).param("birth", today.minusYears(26)).query(Long.class).single();
        long intakeId = jdbc.sql("""
                        INSERT INTO participant.intake (participant_id, provider_id, taken_on, did_on, training_plan,
                            training_plan_on)
                        VALUES (:p, :provider, :taken, :did, 'Piano formativo', :plan) RETURNING id""")
                .param("p", participantId).param("provider", providerId).param("taken", today.minusMonths(2))
                .param("did", today.minusMonths(1)).param("plan", today.minusDays(7)).query(Long.class).single();
        String[] areas = {"INTAKE", "SPECIALIST_GUIDANCE", "SPECIALIST_GUIDANCE"};
        int[] hours = {4, 8, 8};
        for (int day = 0; day < areas.length; day++) {
            jdbc.sql("""
                    INSERT INTO accounting.service_delivery (intake_id, area, delivered_on, hours)
                    VALUES (:intake, :area, :on, :hours)""")
                    .param("intake", intakeId).param("area", areas[day]).param("on", today.minusDays(20 + day))
                    .param("hours", hours[day]).update();
        }
        return participantId;
    }

    /** A start of the clearance's internship that every rule accepts, on {@code startDate}. */
    StartInternship start(long clearanceId, String hostTaxCode, int employees, LocalDate startDate) {
        return new StartInternship(clearanceId, new SaveHost(hostTaxCode, "Trattoria " + hostTaxCode, "56.10.11", "TO",
                "Via Roma 1, Torino", employees), operator.id(), null,
                new NewCompanyTutor("Mario Rossi", "Chef", "mario.rossi@example.org"), startDate, new BigDecimal("30"),
                true, true);
    }

    /** A host tax code of the company form, unique within the run. */
    String hostTaxCode() {
        long n = (ProcessHandle.current().pid() % 10_000) * 100_000 + SEQUENCE.incrementAndGet();
        // seven digits of registration number, never all zero, and an office code 001-100
        String first10 = String.format("%07d%03d", 1_000_000 + n / 100 % 9_000_000, 1 + n % 100);
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    private static String personalTaxCode(int n) {
        int m = n + (int) (ProcessHandle.current().pid() % 1000) * 1000;
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String letters = "" + alphabet.charAt(m % 26) + alphabet.charAt((m / 26) % 26) + alphabet.charAt((m / 676) % 26);
        String first15 = String.format("TRN%s95A01H%03d", letters, m % 1000);
        return first15 + TaxCode.personalCheckCharacter(first15);
    }
}
