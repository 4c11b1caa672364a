package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
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

/** The page that replaces a provisional tax code by the definitive one. */
@SpringBootTest
class TaxCodePageTests {

    private static final LocalDate BIRTH = LocalDate.of(1994, 8, 17);

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
    MockHttpSession session;
    String provisional;
    long id;

    @BeforeEach
    void aPersonWithAProvisionalCode() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("taxcode-page");
        session = WebSessions.login(mvc, operator.username(), TestUsers.PASSWORD);
        provisional = Fixtures.provisionalCode();
        id = management.register(new RegisterParticipant(provisional, Fixtures.data("Bekele", "Hana", BIRTH,
                TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    private String currentCode() {
        return jdbc.sql("SELECT tax_code FROM participant.participant WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    @Test
    void replacesTheCodeAndKeepsTheEarlierOne() throws Exception {
        String definitive = Fixtures.personalCode(BIRTH, Sex.M);
        String form = mvc.perform(get("/participants/" + id + "/tax-code").session(session)).andReturn().getResponse()
                .getContentAsString();

        MockHttpServletResponse response = mvc.perform(post("/participants/" + id + "/tax-code").session(session)
                .with(csrf()).param("taxCode", definitive.toLowerCase())).andReturn().getResponse();

        assertThat(form).contains("id=\"tax-code-form\"", provisional);
        assertThat(response.getRedirectedUrl()).isEqualTo("/participants/" + id);
        assertThat(currentCode()).isEqualTo(definitive);
        assertThat(jdbc.sql("SELECT tax_code FROM participant.earlier_tax_code WHERE participant_id = :id")
                .param("id", id).query(String.class).list()).containsExactly(provisional);
    }

    @Test
    void aRefusedCodeComesBackAsTypedWithTheReason() throws Exception {
        String anotherProvisional = Fixtures.provisionalCode();

        MockHttpServletResponse response = mvc.perform(post("/participants/" + id + "/tax-code").session(session)
                .with(csrf()).param("taxCode", anotherProvisional)).andReturn().getResponse();
        MockHttpServletResponse english = mvc.perform(post("/participants/" + id + "/tax-code").session(session)
                .with(csrf()).cookie(new jakarta.servlet.http.Cookie("integra-lang", "en")).param("taxCode", anotherProvisional)).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("value=\"" + anotherProvisional + "\"",
                "Il codice definitivo ha 16 caratteri: un codice numerico di 11 cifre è provvisorio.");
        assertThat(english.getContentAsString()).contains("value=\"" + anotherProvisional + "\"",
                "The definitive code has 16 characters: an 11-digit numeric code is provisional.");
        assertThat(currentCode()).isEqualTo(provisional);
        assertThat(jdbc.sql("SELECT count(*) FROM participant.earlier_tax_code WHERE participant_id = :id")
                .param("id", id).query(Long.class).single()).isZero();
    }
}
