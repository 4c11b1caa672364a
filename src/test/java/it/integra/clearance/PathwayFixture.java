package it.integra.clearance;

import it.integra.Today;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.shared.TaxCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds, with plain SQL, everything a clearance request stands on: an open PUOI call, a provider
 * found eligible for it with an operator, a person in its charge with a DID and a PFI, and the hours
 * of the model's first phase. Each fixture has its own codes, so tests can share one database.
 */
final class PathwayFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    final JdbcClient jdbc;
    final String suffix = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
    long callId;
    String callCode;
    long providerId;
    long participantId;
    long intakeId;
    CurrentUser operator;
    final CurrentUser officer = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);

    PathwayFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PathwayFixture call(String budget, Integer maxPerProvider) {
        callCode = "FX-" + suffix;
        callId = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days,
                            max_endowments_per_provider)
                        VALUES (:code, 'PUOI', 'Avviso di prova', :opens, :closes, :budget, 'OPEN', 6, 500, 0.7, 18, 60, :max)
                        RETURNING id""")
                .param("code", callCode).param("opens", today.minusMonths(1)).param("closes", today.plusMonths(6))
                .param("budget", new BigDecimal(budget)).param("max", maxPerProvider)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO programme.call_area (call_id, area, position, model_hours, phase, hours_after_end, optional)
                SELECT :id, area, position, model_hours, phase, hours_after_end, optional FROM programme.programme_area
                WHERE programme_code = 'PUOI'""").param("id", callId).update();
        jdbc.sql("""
                INSERT INTO programme.call_endowment_line (call_id, line, position, basis, area, quantity, unit_cost,
                    amount, recipient, fund, optional)
                SELECT :id, line, position, basis, area, quantity, unit_cost, amount, recipient, fund, optional
                FROM programme.programme_endowment_line WHERE programme_code = 'PUOI'""").param("id", callId).update();
        jdbc.sql("""
                INSERT INTO programme.call_target_group (call_id, target_group)
                SELECT :id, target_group FROM programme.programme_target_group WHERE programme_code = 'PUOI'""")
                .param("id", callId).update();
        return this;
    }

    PathwayFixture provider(String outcome) {
        providerId = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', :name, 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", "FXP-" + suffix).param("name", "Cooperativa " + suffix).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO provider.application (call_id, provider_id, submitted_on, outcome)
                VALUES (:call, :provider, :on, :outcome)""")
                .param("call", callId).param("provider", providerId).param("on", today.minusDays(20))
                .param("outcome", outcome).update();
        operator = new CurrentUser(2, "operator-" + suffix, "Operatore", Role.PROVIDER, providerId, null);
        return this;
    }

    /** A person of the given age at today's date, in the provider's charge. */
    PathwayFixture person(int age, String targetGroup, LocalDate did, boolean trainingPlan) {
        int n = SEQUENCE.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 1000;
        String first15 = String.format("TST%s90A01H%03d", letters(n), n % 1000);
        String taxCode = first15 + TaxCode.personalCheckCharacter(first15);
        participantId = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge)
                        VALUES (:tax, 'Diallo', 'Amadou', 'M', :birth, 'GN', :group, true, true, false, 'GOOD')
                        RETURNING id""")
                .param("tax", taxCode).param("birth", today.minusYears(age).minusDays(40)).param("group", targetGroup)
                .query(Long.class).single();
        intakeId = jdbc.sql("""
                        INSERT INTO participant.intake (participant_id, provider_id, taken_on, did_on, training_plan,
                            training_plan_on)
                        VALUES (:p, :provider, :taken, :did, :plan, :planOn) RETURNING id""")
                .param("p", participantId).param("provider", providerId).param("taken", today.minusMonths(2))
                .param("did", did).param("plan", trainingPlan ? "Piano" : null)
                .param("planOn", trainingPlan ? today.minusDays(5) : null)
                .query(Long.class).single();
        return this;
    }

    PathwayFixture hours(String area, int days, int hoursPerDay) {
        for (int day = 1; day <= days; day++) {
            jdbc.sql("""
                    INSERT INTO accounting.service_delivery (intake_id, area, delivered_on, hours)
                    VALUES (:intake, :area, :on, :hours)""")
                    .param("intake", intakeId).param("area", area).param("on", today.minusDays(30 + day))
                    .param("hours", hoursPerDay).update();
        }
        return this;
    }

    /** Everything in order: a request would be accepted. */
    static PathwayFixture ready(JdbcClient jdbc) {
        return new PathwayFixture(jdbc).call("100000", null).provider("ELIGIBLE")
                .person(30, "INTERNATIONAL_PROTECTION", Today.date().minusMonths(1), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);
    }

    RequestClearance request() {
        return new RequestClearance(participantId, callCode, "TO", today.plusDays(10),
                new HostData("01234560017", "Trattoria Da Mario", "56.10.11", "TO", 12), "CONV-" + suffix,
                today.minusDays(2));
    }

    private static String letters(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return "" + alphabet.charAt(n % 26) + alphabet.charAt((n / 26) % 26) + alphabet.charAt((n / 676) % 26);
    }
}
