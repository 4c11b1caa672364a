package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.TargetGroup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The privacy pages: who may download a subject-access export, erase one record, or erase every due one. */
@SpringBootTest
class PrivacyPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator operator;
    MockHttpSession admin;
    MockHttpSession officer;
    MockHttpSession analyst;
    MockHttpSession provider;
    String code;
    long id;

    @BeforeEach
    void sessions() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("privacy-pages");
        admin = WebSessions.login(mvc, fixtures.staff(Role.ADMIN).username(), TestUsers.PASSWORD);
        officer = WebSessions.login(mvc, fixtures.staff(Role.OFFICER).username(), TestUsers.PASSWORD);
        analyst = WebSessions.login(mvc, fixtures.staff(Role.ANALYST).username(), TestUsers.PASSWORD);
        provider = WebSessions.login(mvc, operator.username(), TestUsers.PASSWORD);
        code = Fixtures.provisionalCode();
        id = management.register(new RegisterParticipant(code, Fixtures.data("Gebremedhin", "Luwam",
                LocalDate.of(1991, 11, 3), TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    /** Ends the person's only intake long ago, so that the default retention has passed. */
    private void leftLongAgo(long person) {
        jdbc.sql("UPDATE participant.intake SET taken_on = '2010-03-01', closed_on = '2011-02-01' WHERE participant_id = :id")
                .param("id", person).update();
    }

    private LocalDate erasedOn(long person) {
        return jdbc.sql("SELECT erased_on FROM participant.participant WHERE id = :id").param("id", person)
                .query(LocalDate.class).optional().orElse(null);
    }

    private MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void staffDownloadTheSubjectAccessExportAndOthersAreRefused() throws Exception {
        MockHttpServletResponse zip = perform(get("/participants/" + id + "/export.zip").session(officer));

        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(zip.getContentType()).isEqualTo("application/zip");
        assertThat(zip.getHeader("Content-Disposition")).contains("participant-" + id + "-");
        Map<String, String> entries = unzip(zip.getContentAsByteArray());
        assertThat(entries).containsKey("personal-data.json");
        assertThat(entries.get("personal-data.json")).contains(code, "Gebremedhin", "Luwam");
        assertThat(perform(get("/participants/" + id + "/export.zip").session(provider)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/participants/" + id + "/export.zip").session(analyst)).getStatus()).isEqualTo(403);
        assertThat(perform(get("/participants/" + (id + 1_000_000) + "/export.zip").session(officer)).getStatus())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdministratorErasesARecordAndOnlyOnceItsRetentionHasPassed() throws Exception {
        MockHttpServletResponse whileInCharge = perform(post("/participants/" + id + "/erase").session(admin).with(csrf()));
        assertThat(whileInCharge.getRedirectedUrl()).isEqualTo("/participants/" + id);
        assertThat(erasedOn(id)).isNull();

        leftLongAgo(id);
        assertThat(perform(post("/participants/" + id + "/erase").session(officer).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(perform(post("/participants/" + id + "/erase").session(provider).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(erasedOn(id)).isNull();

        MockHttpServletResponse erased = perform(post("/participants/" + id + "/erase").session(admin).with(csrf()));

        assertThat(erased.getRedirectedUrl()).isEqualTo("/participants/" + id);
        assertThat(erasedOn(id)).isEqualTo(it.integra.Today.date());
        assertThat(jdbc.sql("SELECT tax_code FROM participant.participant WHERE id = :id").param("id", id)
                .query(String.class).single()).startsWith("ANON");
    }

    @Test
    void erasingEveryDueRecordIsForAdministratorsAndLeavesThoseStillKept() throws Exception {
        long kept = management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data("Tadesse",
                "Meron", LocalDate.of(1990, 2, 2), TargetGroup.SPECIAL_CASE), null), operator.user());
        leftLongAgo(id);
        jdbc.sql("UPDATE participant.intake SET closed_on = taken_on WHERE participant_id = :id").param("id", kept).update();

        assertThat(perform(post("/admin/participants/erase-due").session(officer).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(perform(post("/admin/participants/erase-due").session(provider).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(perform(post("/admin/participants/erase-due").session(analyst).with(csrf())).getStatus()).isEqualTo(403);
        assertThat(erasedOn(id)).isNull();
        assertThat(perform(get("/admin/participants").session(admin)).getContentAsString()).contains("id=\"erase-due\"");

        MockHttpServletResponse response = perform(post("/admin/participants/erase-due").session(admin).with(csrf()));

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/participants");
        assertThat(erasedOn(id)).isEqualTo(it.integra.Today.date());
        assertThat(erasedOn(kept)).isNull();
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
