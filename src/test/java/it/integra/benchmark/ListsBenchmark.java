package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.integra.clearance.ClearanceFilter;
import it.integra.clearance.ClearanceQueries;
import it.integra.clearance.ClearanceView;
import it.integra.internship.InternshipFilter;
import it.integra.internship.InternshipQueries;
import it.integra.internship.InternshipView;
import it.integra.monitoring.WorkItem;
import it.integra.monitoring.internal.WorkQueues;
import it.integra.participant.ParticipantQuery;
import it.integra.participant.ParticipantRecords;
import it.integra.participant.ParticipantSummary;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Times the lists and searches of issue 17 on a kept demo database at scale 100 (839,700 people): each
 * list's first page and a deep page, a search by name and by tax code, and the home panel, for an officer
 * and for a provider's case worker, on the services the pages call (the people list writes its access log
 * entry as it does for the page). Beside each figure, the plain SQL that answers the same question on the
 * same database in the same run; each page's rows are checked against that SQL. Medians of
 * {@value #ROUNDS} warm calls after {@value #WARM_UP}; the plain SQL (seconds, some of it) once after one warm-up.
 * Not part of the test suite; run it with
 * {@code ./mvnw -B -o test -Dtest=ListsBenchmark -Ddata=/path/to/a/copy/of/data100}.
 */
@SpringBootTest(properties = {"integra.data-dir=${data:/work/data100}", "integra.database.ephemeral=false"})
class ListsBenchmark {

    static final int WARM_UP = 2;
    static final int ROUNDS = 5;
    static final long LIST_TARGET_MS = 300;
    static final long HOME_TARGET_MS = 100;
    static final int PAGE = 20;

    static final String PEOPLE_ORDER = " ORDER BY lower(p.family_name), lower(p.given_name), p.id";
    /** A provider's people as the access rule says it, one test per person (the rule's own form). */
    static final String PROVIDER_PEOPLE = """
            EXISTS (SELECT 1 FROM participant.intake si WHERE si.participant_id = p.id AND si.provider_id = :provider
                    AND si.closed_on IS NULL)
            OR EXISTS (SELECT 1 FROM clearance.clearance sk WHERE sk.participant_id = p.id AND sk.provider_id = :provider
                       AND sk.status IN ('REQUESTED', 'GRANTED'))""";
    static final String NAME = """
            (p.tax_code LIKE upper(:text) || '%'
             OR EXISTS (SELECT 1 FROM participant.earlier_tax_code e WHERE e.participant_id = p.id
                        AND e.tax_code LIKE upper(:text) || '%')
             OR participant.fold(p.family_name || ' ' || p.given_name) LIKE '%' || participant.fold(:text) || '%'
             OR participant.fold(p.given_name || ' ' || p.family_name) LIKE '%' || participant.fold(:text) || '%')""";

    @Autowired
    ParticipantRecords people;
    @Autowired
    ClearanceQueries clearances;
    @Autowired
    InternshipQueries internships;
    @Autowired
    WorkQueues queues;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    PasswordEncoder encoder;

    final StringBuilder table = new StringBuilder(
            "| measure | user | service ms | plain SQL ms | rows on the page | total shown |\n|---|---|---|---|---|---|\n");
    final SoftAssertions targets = new SoftAssertions();

    @Test
    void timesEveryListAndSearch() throws Exception {
        jdbc.sql("VACUUM ANALYZE").update();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        CurrentUser officer = user("funzionario");
        CurrentUser worker = user("operatore");
        long provider = worker.providerId();

        for (CurrentUser who : List.of(officer, worker)) {
            boolean scoped = who == worker;
            String visible = scoped ? " WHERE " + PROVIDER_PEOPLE : "";
            long people = plainCount("SELECT count(*) FROM participant.participant p" + visible, provider);
            for (int page : new int[] {0, deepPage(people)}) {
                String plain = "SELECT p.id FROM participant.participant p" + visible + PEOPLE_ORDER
                        + " LIMIT " + PAGE + " OFFSET " + (long) page * PAGE;
                peopleRow("people list page " + (page + 1), who, ParticipantQuery.everyone(), page, plain, provider);
            }
            String name = scoped ? commonFamilyName(provider) : "okon";
            String plainName = "SELECT p.id FROM participant.participant p WHERE " + NAME
                    + (scoped ? " AND (" + PROVIDER_PEOPLE + ")" : "") + PEOPLE_ORDER + " LIMIT " + PAGE;
            Page<ParticipantSummary> found = peopleRow("search by name \"" + name + "\"", who,
                    new ParticipantQuery(name, null, null, null, null, false), 0, plainName.replace(":text", "'" + name + "'"),
                    provider);
            assertThat(found.getTotalElements()).as("the name's total").isEqualTo(plainCount(
                    "SELECT count(*) FROM participant.participant p WHERE " + NAME.replace(":text", "'" + name + "'")
                            + (scoped ? " AND (" + PROVIDER_PEOPLE + ")" : ""), provider));
            String code = jdbc.sql("SELECT p.tax_code FROM participant.participant p" + visible + " ORDER BY p.id DESC LIMIT 1")
                    .param("provider", provider).query(String.class).single();
            peopleRow("search by tax code", who, new ParticipantQuery(code, null, null, null, null, false), 0,
                    "SELECT p.id FROM participant.participant p WHERE p.tax_code = '" + code + "'", provider);

            String own = scoped ? " WHERE k.provider_id = " + provider : "";
            long clearanceCount = plainCount("SELECT count(*) FROM clearance.clearance k" + own, provider);
            for (int page : new int[] {0, deepPage(clearanceCount)}) {
                String plain = "SELECT k.id FROM clearance.clearance k" + own + " ORDER BY k.requested_on DESC, k.id DESC"
                        + " LIMIT " + PAGE + " OFFSET " + (long) page * PAGE;
                PageRequest request = PageRequest.of(page, PAGE);
                row("clearances list page " + (page + 1), who,
                        () -> clearances.search(new ClearanceFilter(null, null, null), who, request), plain, provider,
                        result -> ((Page<ClearanceView>) result).map(ClearanceView::id), LIST_TARGET_MS);
            }
            long internshipCount = plainCount("SELECT count(*) FROM internship.internship i JOIN clearance.clearance k "
                    + "ON k.id = i.clearance_id" + own, provider);
            for (int page : new int[] {0, deepPage(internshipCount)}) {
                String plain = "SELECT i.id FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id"
                        + own + " ORDER BY i.start_date DESC, i.id DESC LIMIT " + PAGE + " OFFSET " + (long) page * PAGE;
                PageRequest request = PageRequest.of(page, PAGE);
                row("internships list page " + (page + 1), who,
                        () -> internships.search(new InternshipFilter(null, null, null), who, request), plain, provider,
                        result -> ((Page<InternshipView>) result).map(InternshipView::id), LIST_TARGET_MS);
            }
            home(who, today, provider);
        }
        page();
        System.out.printf("%nBENCHMARK lists and searches at scale 100: %s; load average %s%nmedian of %d warm calls:%n%s%n",
                volumes(), loadAverage(), ROUNDS, table);
        targets.assertAll();
    }

    /** The people list as a page (MockMvc, an officer's session): its time, and its total shown as capped. */
    private void page() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String username = new TestUsers(jdbc, encoder).create("lists-bench", Role.OFFICER);
        MockHttpSession session = WebSessions.login(mvc, username, TestUsers.PASSWORD);
        long ms = median(() -> mvc.perform(get("/participants").session(session)).andExpect(status().isOk()).andReturn());
        String html = mvc.perform(get("/participants").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("più di 1.000 risultati, pagina 1");
        long search = median(() -> mvc.perform(get("/participants").param("q", "okon").session(session))
                .andExpect(status().isOk()).andReturn());
        table.append("| page /participants (MockMvc) | officer | %d | | | più di 1.000 |%n".formatted(ms));
        table.append("| page /participants?q=okon (MockMvc) | officer | %d | | | |%n".formatted(search));
        targets.assertThat(ms).as("page /participants").isLessThan(LIST_TARGET_MS);
        targets.assertThat(search).as("page /participants?q=okon").isLessThan(LIST_TARGET_MS);
    }

    private Page<ParticipantSummary> peopleRow(String measure, CurrentUser who, ParticipantQuery query, int page,
                                               String plain, long provider) throws Exception {
        PageRequest request = PageRequest.of(page, PAGE);
        @SuppressWarnings("unchecked")
        Page<ParticipantSummary> result = (Page<ParticipantSummary>) row(measure, who,
                () -> people.search(query, request, who), plain, provider,
                listed -> ((Page<ParticipantSummary>) listed).map(ParticipantSummary::id), LIST_TARGET_MS);
        return result;
    }

    /** Times the service and the plain SQL, checks the page's ids against it, and adds a line. */
    private Object row(String measure, CurrentUser who, Callable<Page<?>> service, String plain, long provider,
                       java.util.function.Function<Object, Page<Long>> ids, long target) throws Exception {
        long ms = median(service);
        List<List<Long>> expected = new ArrayList<>();
        long plainMs = warmOnce(() -> expected.add(jdbc.sql(plain).param("provider", provider).query(Long.class).list()));
        Page<?> result = service.call();
        assertThat(ids.apply(result).getContent()).as(measure + " for " + who.username()).isEqualTo(expected.get(expected.size() - 1));
        table.append("| %s | %s | %d | %d | %d | %s |%n".formatted(measure, who.username(), ms, plainMs,
                result.getNumberOfElements(), it.integra.platform.ListTotal.exact(result) ? result.getTotalElements()
                        : "more than " + it.integra.platform.ListTotal.CAP));
        targets.assertThat(ms).as(measure + " for " + who.username()).isLessThan(target);
        return result;
    }

    private void home(CurrentUser who, LocalDate today, long provider) throws Exception {
        Callable<List<WorkItem>> panel = who.providerScope().isPresent()
                ? () -> queues.provider(provider, today, ClearanceQueries.EXPIRING_NOTICE_DAYS)
                : () -> queues.officer(today, ClearanceQueries.EXPIRING_NOTICE_DAYS);
        long ms = median(panel);
        String expiring = """
                SELECT count(*) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                WHERE k.status = 'GRANTED' AND NOT EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
                  AND k.decided_on + c.start_window_days <= CAST(:today AS date) + :notice"""
                + (who.providerScope().isPresent() ? " AND k.provider_id = :provider" : "");
        Callable<Long> plain = () -> jdbc.sql(expiring).param("today", today)
                .param("notice", ClearanceQueries.EXPIRING_NOTICE_DAYS).param("provider", provider).query(Long.class).single();
        long plainMs = warmOnce(plain);
        long shown = panel.call().stream().filter(item -> item.key().equals("home.work.expiring")).findFirst()
                .orElseThrow().count();
        assertThat(shown).as("expiring clearances on the home panel of " + who.username()).isEqualTo(plain.call());
        table.append("| home panel (plain: its expiring count) | %s | %d | %d | %d items | expiring %d |%n"
                .formatted(who.username(), ms, plainMs, panel.call().size(), shown));
        targets.assertThat(ms).as("home panel for " + who.username()).isLessThan(HOME_TARGET_MS);
    }

    private CurrentUser user(String username) {
        return jdbc.sql("SELECT id, username, display_name, role, provider_id FROM platform.app_user WHERE username = :u")
                .param("u", username).query((rs, n) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), (Long) rs.getObject(5, Long.class), null)).single();
    }

    private String commonFamilyName(long provider) {
        return jdbc.sql("SELECT lower(p.family_name) FROM participant.participant p WHERE " + PROVIDER_PEOPLE
                        + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").param("provider", provider)
                .query(String.class).single();
    }

    private long plainCount(String sql, long provider) {
        return jdbc.sql(sql).param("provider", provider).query(Long.class).single();
    }

    /** A page well inside the list: the 5,000th (row 100,000) of a long list, else the one at its three quarters. */
    private static int deepPage(long rows) {
        return (int) Math.min(4_999, Math.max(1, rows * 3 / 4 / PAGE));
    }

    private String volumes() {
        return jdbc.sql("""
                SELECT format('%s participants, %s clearances, %s internships',
                    (SELECT count(*) FROM participant.participant), (SELECT count(*) FROM clearance.clearance),
                    (SELECT count(*) FROM internship.internship))""").query(String.class).single();
    }

    private static String loadAverage() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    }

    /** The plain SQL, which can take seconds: one warm-up call, then one timed. */
    private static long warmOnce(Callable<?> call) throws Exception {
        call.call();
        long start = System.nanoTime();
        call.call();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(Callable<?> call) throws Exception {
        return Timings.median(WARM_UP, ROUNDS, call);
    }
}
