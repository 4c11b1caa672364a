package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.interchange.InterchangeManagement;
import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.ParticipantPrivacy;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Lists and exports that show named people are one entry of the access log per request, with the
 * filter and how many people they named, not one per person; pseudonymous lists (analysts) and lists
 * that found nobody are not reads of anyone. Administrators find each kind on the access-log page.
 */
@SpringBootTest
class SearchAndExportLogTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    InterchangeManagement interchange;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator operator;
    CurrentUser officer;
    String family;
    long first;

    @BeforeEach
    void twoPeopleWithTheSameFamilyName() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("searches");
        officer = fixtures.staff(Role.OFFICER);
        family = "Zelquar" + new java.util.Random().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        first = register("Abeba");
        register("Senait");
    }

    private long register(String given) {
        return management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data(family, given,
                LocalDate.of(1993, 2, 3), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    /** The user's entries, oldest first, as {@code kind action person filter people}. */
    private List<String> entriesOf(CurrentUser user) {
        return jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || coalesce(participant_id::text, '-') || ' '
                               || coalesce(target, filter, '-') || ' ' || coalesce(people::text, '-')
                        FROM participant.access_log WHERE user_id = :user ORDER BY id""")
                .param("user", user.id()).query(String.class).list();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD).getBytes());
    }

    @Test
    void aSearchOnThePageOrTheApiIsOneEntryWithTheFilterAndTheNumberOfPeople() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, officer.username(), TestUsers.PASSWORD);

        assertThat(mvc.perform(get("/participants").param("q", family).session(session)).andReturn().getResponse()
                .getContentAsString()).contains("Abeba", "Senait");
        assertThat(mvc.perform(get("/api/v1/participants").param("q", family).header("Authorization",
                basic(officer.username()))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/participants").param("q", family + "nobody").session(session)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        assertThat(entriesOf(officer)).containsExactly(
                "SEARCH SEARCH - q=" + family + " page=0 2",
                "SEARCH API_SEARCH - q=" + family + " page=0 2");
    }

    @Test
    void anAnalystsPseudonymousListIsNotAReadOfAnyone() throws Exception {
        CurrentUser analyst = fixtures.staff(Role.ANALYST);
        MockHttpSession session = WebSessions.login(mvc, analyst.username(), TestUsers.PASSWORD);

        assertThat(mvc.perform(get("/participants").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/participants").header("Authorization", basic(analyst.username())))
                .andReturn().getResponse().getContentAsString()).contains("\"pseudonym\"");

        assertThat(entriesOf(analyst)).isEmpty();
    }

    @Test
    void anExportThatNamesPeopleIsOneEntryWithTheDatasetTheScopeAndTheNumberOfPeople() {
        long call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        fixtures.clearance(call, operator.user().providerId(), first, "GRANTED", LocalDate.of(2024, 3, 1));

        String participants = export("participants", officer);
        export("clearances", operator.user());
        export("calls", officer);
        privacy.export(first, officer);

        long named = participants.lines().skip(1).filter(row -> !row.startsWith("ANON")).count();
        assertThat(named).isGreaterThanOrEqualTo(2);
        assertThat(entriesOf(officer)).containsExactly(
                "EXPORT DATASET_EXPORT - dataset=participants " + named,
                "PERSON EXPORT " + first + " subject-access -");
        assertThat(entriesOf(operator.user())).containsExactly(
                "EXPORT DATASET_EXPORT - dataset=clearances provider=" + operator.user().providerId() + " 1");
    }

    @Test
    void theListsOfClearancesInternshipsAndRecordsBehindAFigureAreSearchesOfTheNamedPeopleTheyShow() throws Exception {
        long call = fixtures.closedCall(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        String code = jdbc.sql("SELECT code FROM programme.call WHERE id = :id").param("id", call).query(String.class)
                .single();
        fixtures.internship(fixtures.clearance(call, operator.user().providerId(), first, "GRANTED",
                LocalDate.of(2024, 3, 1)), LocalDate.of(2024, 4, 1), "ONGOING");
        MockHttpSession session = WebSessions.login(mvc, officer.username(), TestUsers.PASSWORD);
        CurrentUser analyst = fixtures.staff(Role.ANALYST);
        MockHttpSession pseudonymous = WebSessions.login(mvc, analyst.username(), TestUsers.PASSWORD);

        for (String path : List.of("/clearances?call=" + code, "/internships?call=" + code,
                "/monitoring/records?figure=clearancesGranted&call=" + code)) {
            assertThat(mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString())
                    .as(path).contains(family);
        }
        mvc.perform(get("/monitoring/records?figure=clearancesGranted&call=" + code).session(pseudonymous));

        assertThat(jdbc.sql("""
                        SELECT kind || ' ' || action || ' ' || target || ' ' || filter || ' ' || people
                        FROM participant.access_log WHERE user_id = :user ORDER BY id""")
                .param("user", officer.id()).query(String.class).list()).containsExactly(
                "SEARCH LIST clearances call=" + code + " page=0 1",
                "SEARCH LIST internships call=" + code + " page=0 1",
                "SEARCH LIST monitoring/records figure=clearancesGranted call=" + code + " page=0 1");
        assertThat(entriesOf(analyst)).isEmpty();
    }

    @Test
    void administratorsFilterTheLogBySearchesAndExports() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, officer.username(), TestUsers.PASSWORD);
        mvc.perform(get("/participants").param("q", family).session(session));
        export("participants", officer);
        MockHttpSession admin = WebSessions.login(mvc, fixtures.staff(Role.ADMIN).username(), TestUsers.PASSWORD);

        String searches = mvc.perform(get("/admin/participants").param("user", officer.username())
                .param("kind", "SEARCH").session(admin)).andReturn().getResponse().getContentAsString();
        String exports = mvc.perform(get("/admin/participants").param("user", officer.username())
                .param("kind", "EXPORT").session(admin)).andReturn().getResponse().getContentAsString();

        assertThat(searches).contains("Ricerca o elenco di persone", "q=" + family + " page=0")
                .doesNotContain("dataset=participants");
        assertThat(exports).contains("Esportazione di un dataset con persone", "dataset=participants")
                .doesNotContain("q=" + family);
        assertThat(mvc.perform(get("/admin/participants").param("kind", "SEARCH").session(session)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void administratorsFindAPersonsEntriesByATaxCodeTypedWithSpacesAndDashes() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, officer.username(), TestUsers.PASSWORD);
        assertThat(mvc.perform(get("/participants/{id}", first).session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        String code = jdbc.sql("SELECT tax_code FROM participant.participant WHERE id = :id").param("id", first)
                .query(String.class).single();
        String typed = code.substring(0, 5).toLowerCase() + " " + code.substring(5, 8) + "-" + code.substring(8);
        MockHttpSession admin = WebSessions.login(mvc, fixtures.staff(Role.ADMIN).username(), TestUsers.PASSWORD);

        String found = mvc.perform(get("/admin/participants").param("taxCode", typed).session(admin)).andReturn()
                .getResponse().getContentAsString();

        assertThat(found).contains(officer.username());
    }

    private String export(String dataset, CurrentUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        interchange.exportCsv(dataset, out, user);
        return out.toString(StandardCharsets.UTF_8);
    }
}
