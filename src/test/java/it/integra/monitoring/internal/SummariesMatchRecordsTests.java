package it.integra.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.Today;
import it.integra.participant.Fixtures;
import it.integra.platform.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly summaries the reports read (monitoring/V8_10_2) against the records behind them, on
 * generated pathways put through generated changes: after each round every report answers the same
 * from both sources, for every call, region, province and whole-month period tried, and the stored
 * summaries equal a rebuild from scratch. Over generated periods that cut a month (inside one month,
 * across the new year, from a first day, to a last day, open at one end) the reports put together from
 * the summaries and the records of the months cut ({@link CutPeriodQueries}) answer as the records do.
 * Two writers of the same key at once leave them right too.
 */
@SpringBootTest
class SummariesMatchRecordsTests {

    private static final String[][] PROVINCES = {{"TO", "01"}, {"CN", "01"}, {"MI", "03"}, {"BG", "03"}};
    private static final String[] SECTIONS = {"A", "C", "I", "N", "Q"};
    private static final String[] AREAS = {"INTAKE", "SPECIALIST_GUIDANCE", "TUTORING", "JOB_SEARCH_GUIDANCE"};
    private static final String[] KNOWLEDGE = {"NONE", "BASIC", "GOOD"};
    private static final String[][] LEVELS = {{}, {"A1"}, {"A2"}, {"B1", "A1"}, {"C2"}};

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportQueries records;
    @Autowired
    SummaryQueries summaries;
    @Autowired
    CutPeriodQueries cutPeriods;
    @Autowired
    PlatformTransactionManager transactions;

    long providerA;
    long providerB;
    long host;
    final List<Long> calls = new ArrayList<>();
    final List<Long> people = new ArrayList<>();
    final List<Long> clearances = new ArrayList<>();
    /** The first of November last year: pathways are requested over the four months from it, across a new year. */
    final LocalDate firstMonth = LocalDate.of(Today.date().getYear() - 1, 11, 1);
    /** Draws the periods that cut a month, a new set at each comparison. */
    final Random periods = new Random(1717);

    @BeforeEach
    void aProgrammeToFill() {
        providerA = provider();
        providerB = provider();
        host = jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, province)
                        VALUES ('98765432109', 'Ristorante', '56.10', 'TO')
                        ON CONFLICT (tax_code) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                .query(Long.class).single();
        calls.add(call());
        calls.add(call());
    }

    private long provider() {
        return jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', 'Cooperativa', 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", TestUsers.uniqueName("SUMP")).query(Long.class).single();
    }

    private long call() {
        long id = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso', :opens, :closes, 1000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", TestUsers.uniqueName("SUM").toUpperCase()).param("opens", firstMonth.minusYears(1))
                .param("closes", Today.date().plusMonths(3)).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO programme.call_area (call_id, area, position, model_hours, phase, hours_after_end, optional)
                SELECT :id, area, position, model_hours, phase, hours_after_end, optional FROM programme.programme_area
                WHERE programme_code = 'PUOI'""").param("id", id).update();
        return id;
    }

    private long person(Random random) {
        long id = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge, language_levels)
                        VALUES (:tax, 'Somma', 'Persona', 'F', '1996-03-01', 'GN', 'INTERNATIONAL_PROTECTION', :reception,
                            :prior, :qualification, :knowledge, CAST(:levels AS varchar[])) RETURNING id""")
                .param("tax", Fixtures.provisionalCode()).param("reception", random.nextBoolean())
                .param("prior", random.nextBoolean()).param("qualification", random.nextBoolean())
                .param("knowledge", pick(random, KNOWLEDGE)).param("levels", levels(random))
                .query(Long.class).single();
        people.add(id);
        return id;
    }

    private static String levels(Random random) {
        return "{" + String.join(",", LEVELS[random.nextInt(LEVELS.length)]) + "}";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A day in the four months from firstMonth, often a first or last day of a month. */
    private LocalDate day(Random random) {
        LocalDate month = firstMonth.plusMonths(random.nextInt(4));
        return switch (random.nextInt(3)) {
            case 0 -> month;
            case 1 -> month.withDayOfMonth(month.lengthOfMonth());
            default -> month.plusDays(random.nextInt(month.lengthOfMonth()));
        };
    }

    /** A pathway: clearance in a status, maybe an internship, maybe hours. */
    private void pathway(Random random, long person, long callId) {
        String[] province = PROVINCES[random.nextInt(PROVINCES.length)];
        String status = pick(random, new String[] {"REQUESTED", "GRANTED", "GRANTED", "GRANTED", "REJECTED", "CANCELLED"});
        LocalDate requested = day(random);
        long clearance = jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                                                         requested_on, status, decided_on)
                        VALUES (:code, :call, :provider, :person, :province, :region, :on, :status,
                                CASE WHEN :status = 'REQUESTED' THEN NULL ELSE CAST(:on AS date) END) RETURNING id""")
                .param("code", TestUsers.uniqueName("NO-SUM").toUpperCase()).param("call", callId)
                .param("provider", random.nextBoolean() ? providerA : providerB).param("person", person)
                .param("province", province[0]).param("region", province[1]).param("on", requested)
                .param("status", status).query(Long.class).single();
        clearances.add(clearance);
        if (!status.equals("REQUESTED") && !status.equals("REJECTED") && random.nextInt(4) > 0) {
            String internship = pick(random, new String[] {"ONGOING", "COMPLETED", "TERMINATED"});
            jdbc.sql("""
                            INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name,
                                host_ateco, host_section, host_province, start_date, planned_end_date, status, end_date)
                            VALUES (:code, :clearance, :host, '98765432109', 'Ristorante', '56.10', :section, 'TO', :start,
                                    :planned, :status, CASE WHEN :status = 'ONGOING' THEN NULL ELSE CAST(:planned AS date) END)""")
                    .param("code", TestUsers.uniqueName("TIR-SUM").toUpperCase()).param("clearance", clearance)
                    .param("host", host).param("section", pick(random, SECTIONS)).param("start", requested.plusDays(20))
                    .param("planned", requested.plusMonths(6)).param("status", internship).update();
        }
        for (String area : AREAS) {
            int days = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
            for (int day = 0; day < days; day++) {
                jdbc.sql("""
                        INSERT INTO accounting.service_delivery (clearance_id, area, delivered_on, hours)
                        VALUES (:clearance, :area, :on, :hours)""")
                        .param("clearance", clearance).param("area", area)
                        .param("on", requested.minusDays(day)).param("hours", 1 + random.nextInt(8)).update();
            }
        }
    }

    private List<ReportScope> scopes() {
        Long[] both = calls.toArray(Long[]::new);
        Long[] first = {calls.get(0)};
        Long[] second = {calls.get(1)};
        LocalDate second0 = firstMonth.plusMonths(1);
        LocalDate third = firstMonth.plusMonths(2);
        LocalDate thirdEnd = third.withDayOfMonth(third.lengthOfMonth());
        List<ReportScope> scopes = new ArrayList<>();
        for (Long[] ids : List.of(both, first, second)) {
            scopes.add(new ReportScope(ids, null, null, null, null));
            scopes.add(new ReportScope(ids, "01", null, null, null));
            scopes.add(new ReportScope(ids, "03", "BG", null, null));
            scopes.add(new ReportScope(ids, null, "TO", null, null));
            scopes.add(new ReportScope(ids, null, null, second0, thirdEnd));
            scopes.add(new ReportScope(ids, "01", null, third, null));
            scopes.add(new ReportScope(ids, null, "MI", null, second0.withDayOfMonth(second0.lengthOfMonth())));
        }
        scopes.add(new ReportScope(null, null, null, null, null));
        scopes.add(new ReportScope(null, "03", null, second0, null));
        return scopes;
    }

    private void assertBothSourcesAgree(String round) {
        for (ReportScope scope : scopes()) {
            assertThat(scope.wholeMonths()).isTrue();
            assertAgreesWithTheRecords(summaries, scope, round + ", scope " + scope);
        }
        for (ReportScope scope : cutScopes()) {
            assertAgreesWithTheRecords(cutPeriods, scope, round + ", cut scope " + scope + " from " + scope.from()
                    + " to " + scope.to());
        }
        assertStoredEqualsRebuilt(round);
    }

    private void assertAgreesWithTheRecords(ReportSource source, ReportScope scope, String where) {
        assertThat(source.funnel(scope)).as("funnel, " + where).isEqualTo(records.funnel(scope));
        assertThat(source.completedInternships(scope)).as("completed, " + where)
                .isEqualTo(records.completedInternships(scope));
        assertThat(source.territoryRows(scope)).as("territory, " + where).isEqualTo(records.territoryRows(scope));
        assertThat(source.sectors(scope, false)).as("sectors, " + where).isEqualTo(records.sectors(scope, false));
        assertThat(source.sectors(scope, true)).as("sectors in English, " + where).isEqualTo(records.sectors(scope, true));
        assertThat(Arrays.toString(source.profileCounts(scope))).as("profile, " + where)
                .isEqualTo(Arrays.toString(records.profileCounts(scope)));
        if (scope.callIds() != null) {
            assertThat(source.services(scope)).as("services, " + where).isEqualTo(records.services(scope));
        }
    }

    /** Generated periods, each over a programme's calls, one call with a region, one with a province, and every call with a region. */
    private List<ReportScope> cutScopes() {
        Long[] both = calls.toArray(Long[]::new);
        List<ReportScope> scopes = new ArrayList<>();
        for (LocalDate[] period : cutPeriods()) {
            scopes.add(new ReportScope(both, null, null, period[0], period[1]));
            scopes.add(new ReportScope(new Long[] {calls.get(0)}, "01", null, period[0], period[1]));
            scopes.add(new ReportScope(new Long[] {calls.get(1)}, null, "MI", period[0], period[1]));
            scopes.add(new ReportScope(null, "03", null, period[0], period[1]));
        }
        return scopes;
    }

    /**
     * Periods from a month before the pathways' to a month after: one across the new year cutting both
     * months, then generated ones, most of them cutting a month in one of six ways.
     */
    private List<LocalDate[]> cutPeriods() {
        LocalDate december = firstMonth.plusMonths(1);
        List<LocalDate[]> generated = new ArrayList<>();
        generated.add(new LocalDate[] {december.withDayOfMonth(15), december.plusMonths(1).withDayOfMonth(20)});
        for (int i = 0; i < 8; i++) {
            LocalDate from = anyDay();
            LocalDate to = anyDay();
            if (from.isAfter(to)) {
                LocalDate swap = from;
                from = to;
                to = swap;
            }
            switch (periods.nextInt(6)) {
                case 0 -> to = from.plusDays(periods.nextInt(from.lengthOfMonth() - from.getDayOfMonth() + 1));
                case 1 -> from = from.withDayOfMonth(1);
                case 2 -> to = to.withDayOfMonth(to.lengthOfMonth());
                case 3 -> from = null;
                case 4 -> to = null;
                default -> {
                }
            }
            generated.add(new LocalDate[] {from, to});
        }
        return generated;
    }

    /** A day in the six months around the pathways', often a first, second, second last or last day. */
    private LocalDate anyDay() {
        LocalDate month = firstMonth.minusMonths(1).plusMonths(periods.nextInt(6));
        return switch (periods.nextInt(5)) {
            case 0 -> month;
            case 1 -> month.plusDays(1);
            case 2 -> month.withDayOfMonth(month.lengthOfMonth() - 1);
            case 3 -> month.withDayOfMonth(month.lengthOfMonth());
            default -> month.plusDays(periods.nextInt(month.lengthOfMonth()));
        };
    }

    /** The summary tables, normalised (a key may be written in several rows), against a rebuild. */
    private void assertStoredEqualsRebuilt(String round) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<String> stored = contents();
            jdbc.sql("SELECT monitoring.rebuild_pathways()").query().singleValue();
            assertThat(contents()).as("stored summaries against a rebuild, " + round).isEqualTo(stored);
            status.setRollbackOnly();
        });
    }

    private List<String> contents() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', call_id, province, region_code, month, clearance_status, internship_status,
                                 host_section, sum(pathways))
                FROM monitoring.pathway_count
                GROUP BY call_id, province, region_code, month, clearance_status, internship_status, host_section
                HAVING sum(pathways) <> 0 ORDER BY 1""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT DISTINCT concat_ws('|', 'provider', call_id, province, region_code, month, provider_id)
                FROM monitoring.provider_month ORDER BY 1""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'profile', call_id, province, region_code, month, traits, sum(pathways))
                FROM monitoring.profile_count GROUP BY call_id, province, region_code, month, traits ORDER BY 1""")
                .query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'repeat', participant_id, call_id, province, region_code, month, traits, sum(pathways))
                FROM monitoring.profile_repeat GROUP BY participant_id, call_id, province, region_code, month, traits
                ORDER BY 1""").query(String.class).list());
        rows.addAll(jdbc.sql("""
                SELECT concat_ws('|', 'service', call_id, province, region_code, month, area, sum(pathways), sum(hours),
                                 sum(complete))
                FROM monitoring.service_count GROUP BY call_id, province, region_code, month, area ORDER BY 1""")
                .query(String.class).list());
        return rows;
    }

    @Test
    void generatedPathwaysAndChangesGiveTheSameReportsFromTheSummariesAsFromTheRecords() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed * 7919);
            for (int i = 0; i < 25; i++) {
                long person = person(random);
                int call = random.nextInt(2);
                pathway(random, person, calls.get(call));
                if (random.nextInt(4) == 0) {
                    // a second pathway of the same person, in the other call: counted once by the profile
                    pathway(random, person, calls.get(1 - call));
                }
            }
            assertBothSourcesAgree("seed " + seed + ", created");

            // decisions and moves, one row at a time and many rows per statement
            for (int i = 0; i < 10; i++) {
                long clearance = clearances.get(random.nextInt(clearances.size()));
                switch (random.nextInt(4)) {
                    case 0 -> jdbc.sql("UPDATE clearance.clearance SET status = 'CANCELLED', decided_on = requested_on "
                            + "WHERE id = :id AND status = 'GRANTED'").param("id", clearance).update();
                    case 1 -> jdbc.sql("UPDATE clearance.clearance SET requested_on = :on, decided_on = NULL, "
                                    + "status = 'REQUESTED' WHERE id = :id AND status = 'REQUESTED'")
                            .param("on", day(random)).param("id", clearance).update();
                    case 2 -> jdbc.sql("UPDATE clearance.clearance SET province = 'CN', region_code = '01' WHERE id = :id")
                            .param("id", clearance).update();
                    default -> jdbc.sql("UPDATE clearance.clearance SET provider_id = :provider WHERE id = :id")
                            .param("provider", random.nextBoolean() ? providerA : providerB).param("id", clearance).update();
                }
            }
            jdbc.sql("UPDATE internship.internship SET status = 'COMPLETED', end_date = planned_end_date "
                    + "WHERE status = 'ONGOING' AND clearance_id = ANY(:ids) AND id % 3 = 0")
                    .param("ids", clearances.toArray(Long[]::new)).update();
            jdbc.sql("UPDATE internship.internship SET host_section = 'Q' WHERE clearance_id = ANY(:ids) AND id % 4 = 1")
                    .param("ids", clearances.toArray(Long[]::new)).update();
            jdbc.sql("DELETE FROM internship.internship WHERE clearance_id = :id")
                    .param("id", clearances.get(random.nextInt(clearances.size()))).update();
            jdbc.sql("""
                    UPDATE participant.participant SET language_knowledge = 'GOOD', language_levels = '{B1}',
                        housed_in_reception = NOT housed_in_reception WHERE id = ANY(:ids) AND id % 2 = 0""")
                    .param("ids", people.toArray(Long[]::new)).update();
            jdbc.sql("DELETE FROM accounting.service_delivery WHERE clearance_id = ANY(:ids) AND id % 5 = 0")
                    .param("ids", clearances.toArray(Long[]::new)).update();
            jdbc.sql("UPDATE accounting.service_delivery SET hours = least(hours + 4, 8) WHERE clearance_id = ANY(:ids) AND id % 5 = 1")
                    .param("ids", clearances.toArray(Long[]::new)).update();
            jdbc.sql("UPDATE programme.call_area SET model_hours = model_hours / 2 WHERE call_id = :id AND area = 'INTAKE'")
                    .param("id", calls.get(random.nextInt(2))).update();
            long gone = clearances.remove(random.nextInt(clearances.size()));
            jdbc.sql("DELETE FROM accounting.service_delivery WHERE clearance_id = :id").param("id", gone).update();
            jdbc.sql("DELETE FROM internship.internship WHERE clearance_id = :id").param("id", gone).update();
            jdbc.sql("DELETE FROM clearance.clearance WHERE id = :id").param("id", gone).update();
            assertBothSourcesAgree("seed " + seed + ", changed");
        }
    }

    @Test
    void twoWritersOfTheSameKeyAtOnceLeaveTheSummariesRight() throws Exception {
        Random random = new Random(42);
        long first = person(random);
        long second = person(random);
        LocalDate on = firstMonth.plusDays(3);
        grant(person(random), on); // the key exists before the two writers: they meet on its lock
        CountDownLatch firstWrote = new CountDownLatch(1);
        TransactionTemplate template = new TransactionTemplate(transactions);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> template.executeWithoutResult(status -> {
            grant(first, on);
            firstWrote.countDown();
            sleep();
        }));
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        template.executeWithoutResult(status -> grant(second, on));
        writer.get(30, TimeUnit.SECONDS);

        ReportScope scope = new ReportScope(new Long[] {calls.get(0)}, null, "TO", null, null);
        assertThat(summaries.funnel(scope).clearancesGranted()).isEqualTo(3);
        assertBothSourcesAgree("two writers");
    }

    private void grant(long person, LocalDate on) {
        jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                                                         requested_on, status, decided_on)
                        VALUES (:code, :call, :provider, :person, 'TO', '01', :on, 'GRANTED', :on)""")
                .param("code", TestUsers.uniqueName("NO-SUM").toUpperCase()).param("call", calls.get(0))
                .param("provider", providerA).param("person", person).param("on", on).update();
    }

    private static void sleep() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
