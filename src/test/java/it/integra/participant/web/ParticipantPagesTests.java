package it.integra.participant.web;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantDirectory;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SpringBootTest
class ParticipantPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;
    @Autowired
    ParticipantDirectory directory;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator operator;
    MockHttpSession session;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("pages");
        session = WebSessions.login(mvc, operator.username(), TestUsers.PASSWORD);
    }

    private MockHttpServletRequestBuilder registration(String code, String birthDate) {
        return post("/participants").session(session).with(csrf())
                .param("taxCode", code).param("familyName", "Sesay").param("givenName", "Bilal").param("sex", "M")
                .param("birthDate", birthDate).param("birthPlace", "Asmara").param("birthCountry", "ER")
                .param("citizenship", "ER").param("phone", "+39 320 5551234").param("targetGroup", "INTERNATIONAL_PROTECTION")
                .param("permitType", "REFUGEE").param("permitNumber", "I0012345")
                .param("permitExpiresOn", Today.date().plusDays(30).toString())
                .param("housedInReception", "true").param("receptionKind", "SAI").param("educationLevel", "3")
                .param("languageKnowledge", "GOOD").param("certificates[0].held", "true")
                .param("certificates[0].obtainedOn", "2024-05-10").param("certificates[1].held", "true")
                .param("takenOn", Today.date().minusDays(2).toString());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    @Test
    void aCodeTypedWithSpacesAndDashesIsRegisteredCompactAndAnImpossibleDateIsNamedKeepingWhatWasTyped() throws Exception {
        String code = Fixtures.provisionalCode();
        String typed = code.substring(0, 3) + " " + code.substring(3, 7) + "-" + code.substring(7);

        MockHttpServletResponse created = mvc.perform(registration(typed, "1997-09-23")).andReturn().getResponse();

        assertThat(created.getRedirectedUrl()).startsWith("/participants/");
        assertThat(jdbc.sql("SELECT count(*) FROM participant.participant WHERE tax_code = :code").param("code", code)
                .query(Long.class).single()).isOne();
        String impossible = "SSY BLL 97B30 Z368" + it.integra.shared.TaxCode.personalCheckCharacter("SSYBLL97B30Z368");
        String refused = mvc.perform(registration(impossible, "1997-09-23")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("value=\"" + impossible + "\"",
                "Nel codice fiscale la data di nascita 30/02/97 (giorno/mese/anno) non esiste.");
    }

    @Test
    void anOperatorRegistersAPersonAndSeesTheRecordWithItsWarnings() throws Exception {
        String code = Fixtures.provisionalCode();
        MockHttpServletResponse created = mvc.perform(registration(code, "1997-09-23")).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).startsWith("/participants/");

        String page = mvc.perform(get(created.getRedirectedUrl()).session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Sesay Bilal", code, "Codice provvisorio", "In carico al tuo ente",
                "id=\"alert-permit\"", "mancano 30 giorni", "id=\"alert-did\"", "DID mancante", "Asilo politico",
                "Sistema di accoglienza e integrazione", "ISCED 3", "del 10/05/2024", "data non nota",
                "/clearances/participant/", "Scarica il PAI (PDF)");
        assertThat(jdbc.sql("SELECT taken_on FROM participant.intake i JOIN participant.participant p ON p.id = i.participant_id "
                + "WHERE p.tax_code = :code").param("code", code).query(LocalDate.class).single())
                .isEqualTo(Today.date().minusDays(2));
        String list = mvc.perform(get("/participants").param("alerts", "true").session(session)).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains(code, "In scadenza", "In carico");
    }

    @Test
    void theEditFormShowsTheRecordAndSavesAChangeWhileTheTaxCodeStays() throws Exception {
        String code = Fixtures.provisionalCode();
        String location = mvc.perform(registration(code, "1997-09-23")).andReturn().getResponse().getRedirectedUrl();

        String form = mvc.perform(get(location + "/edit").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Sesay\"", "value=\"I0012345\"", "value=\"2024-05-10\"", code,
                "<option value=\"ER\" selected=\"selected\">Eritrea</option>");

        MockHttpServletResponse saved = mvc.perform(post(location).session(session).with(csrf())
                .param("version", "0").param("familyName", "Sesay").param("givenName", "Bilal Junior").param("sex", "M")
                .param("birthDate", "1997-09-23").param("citizenship", "ER").param("targetGroup", "SPECIAL_CASE")
                .param("languageKnowledge", "GOOD").param("_housedInReception", "on")).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo(location);
        assertThat(jdbc.sql("SELECT given_name || '|' || target_group || '|' || housed_in_reception || '|' || tax_code "
                        + "FROM participant.participant WHERE tax_code = :code").param("code", code).query(String.class).single())
                .isEqualTo("Bilal Junior|SPECIAL_CASE|false|" + code);
        MockHttpServletResponse stale = mvc.perform(post(location).session(session).with(csrf())
                .param("version", "0").param("familyName", "Sesay").param("givenName", "Bilal").param("sex", "M")
                .param("birthDate", "1997-09-23").param("citizenship", "ER").param("targetGroup", "SPECIAL_CASE")
                .param("languageKnowledge", "GOOD")).andReturn().getResponse();
        assertThat(stale.getContentAsString()).contains("Nel frattempo qualcun altro ha modificato la scheda");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndExplainsEachProblemInEitherLanguage() throws Exception {
        String italian = mvc.perform(registration("12345678901", "2090-01-01").param("email", "not-an-address"))
                .andReturn().getResponse().getContentAsString();
        assertThat(italian).contains("value=\"12345678901\"", "value=\"Sesay\"", "value=\"not-an-address\"",
                "name=\"housedInReception\" value=\"true\" checked", "value=\"2024-05-10\"",
                "l&#39;ultima cifra di controllo dovrebbe essere", "Indirizzo e-mail non valido.",
                "La data di nascita non può essere futura");

        String english = mvc.perform(registration("12345678901", "2090-01-01").param("lang", "en")).andReturn()
                .getResponse().getContentAsString();
        assertThat(english).contains("value=\"Sesay\"", "The birth date cannot be in the future");
        assertThat(jdbc.sql("SELECT count(*) FROM participant.participant WHERE tax_code = '12345678901'")
                .query(Long.class).single()).isZero();
        mvc.perform(get("/participants").param("lang", "it").session(session));
    }

    @Test
    void aTaxCodeRegisteredByAnotherProviderIsOfferedForATransferThenForTakingInChargeOnceReleased() throws Exception {
        String code = Fixtures.provisionalCode();
        Fixtures.Operator other = fixtures.providerWithOperator("pages-first");
        MockHttpSession first = WebSessions.login(mvc, other.username(), TestUsers.PASSWORD);
        mvc.perform(post("/participants").session(first).with(csrf()).param("taxCode", code).param("familyName", "Kone")
                .param("givenName", "Samuel").param("sex", "M").param("birthDate", "2000-01-06").param("citizenship", "CI")
                .param("targetGroup", "FORMER_UNACCOMPANIED_MINOR").param("languageKnowledge", "BASIC"));

        String transfer = mvc.perform(registration(code, "1997-09-23")).andReturn().getResponse().getContentAsString();
        assertThat(transfer).contains("Una persona, una scheda", code, "id=\"transfer-form\"")
                .doesNotContain("Kone", "id=\"take-in-charge\"");
        jdbc.sql("UPDATE participant.intake SET closed_on = taken_on WHERE participant_id = "
                + "(SELECT id FROM participant.participant WHERE tax_code = :code)").param("code", code).update();

        String offer = mvc.perform(registration(code, "1997-09-23")).andReturn().getResponse().getContentAsString();
        assertThat(offer).contains("Una persona, una scheda", code, "id=\"take-in-charge\"")
                .doesNotContain("Kone", "id=\"transfer-form\"");

        MockHttpServletResponse taken = mvc.perform(post("/participants/take-in-charge").session(session).with(csrf())
                .param("taxCode", code)).andReturn().getResponse();
        assertThat(mvc.perform(get(taken.getRedirectedUrl()).session(session)).andReturn().getResponse()
                .getContentAsString()).contains("Kone Samuel", "In carico al tuo ente");
        assertThat(jdbc.sql("SELECT count(*) FROM participant.participant WHERE tax_code = :code").param("code", code)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theEligibilityPanelGivesEveryReasonForEachOpenCall() throws Exception {
        CurrentUser admin = fixtures.staff(Role.ADMIN);
        CallDetails percorsi = Fixtures.openCall(calls, admin, "PERCORSI");
        CallDetails puoi = Fixtures.openCall(calls, admin, "PUOI");
        String code = Fixtures.provisionalCode();
        String location = mvc.perform(registration(code, Today.date().minusYears(30).toString())).andReturn()
                .getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        jdbc.sql("UPDATE participant.intake SET did_on = :did WHERE participant_id = :id")
                .param("did", Today.date().minusMonths(1)).param("id", id).update();

        String page = mvc.perform(get(location).session(session)).andReturn().getResponse().getContentAsString();
        String percorsiPanel = panel(page, percorsi.code());
        assertThat(percorsiPanel).contains("Non ammissibile",
                "Il gruppo di destinatari della persona (Titolare di protezione internazionale) non è ammesso dall&#39;avviso",
                "All&#39;avvio del tirocinio la persona deve avere meno di 23 anni: ne avrà 30.");
        assertThat(panel(page, puoi.code())).contains("Ammissibile").doesNotContain("Non ammissibile");
        assertThat(directory.eligibility(directory.find(id).orElseThrow(), percorsi, operator.user().providerId(),
                Today.date()).reasons()).hasSize(2);

        String english = mvc.perform(get(location).param("lang", "en").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(panel(english, percorsi.code())).contains("Not eligible", "must be under 23: they will be 30.");
        mvc.perform(get("/participants").param("lang", "it").session(session));
    }

    private static String panel(String page, String callCode) {
        int start = page.indexOf("id=\"eligibility-" + callCode + "\"");
        assertThat(start).as("panel of " + callCode).isPositive();
        int end = page.indexOf("eligibility-call", start + 30);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
