package it.integra.programme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.ProgrammeCatalogue;
import it.integra.programme.ProgrammeDetails;
import it.integra.programme.ProgrammeModelChange;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
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

/** The Programmi pages show the built-in models; only administrators change a model. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammePagesTests {

    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ProgrammeCatalogue catalogue;

    MockMvc mvc;
    MockHttpSession admin;

    @BeforeEach
    void logIn() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = WebSessions.login(mvc, "admin", "admin-test-password");
    }

    @Test
    void theListShowsTheThreeProgrammesWithTheirEndowments() throws Exception {
        String page = page(get("/programmes"), admin);

        assertThat(page).contains("id=\"programme-INSIDE\"", "id=\"programme-PERCORSI\"", "id=\"programme-PUOI\"",
                "PUOI - Protezione Unita a Obiettivo Integrazione", "5.940,00", "5.500,00", "5.000,00");
    }

    @Test
    void thePuoiPageShowsTheHoursAndEndowmentLinesOfTheModel() throws Exception {
        String page = page(get("/programmes/PUOI"), admin).replaceAll("\\s+", " ");

        assertThat(rowsOf(page, "areas")).containsExactly(
                "Accoglienza e presa in carico|4", "Orientamento specialistico|16", "Tutoraggio didattico|16",
                "Orientamento alle opportunità occupazionali|32", "Intervento complementare Covid-19|24");
        assertThat(page).contains("Totale ore del modello</th> <td class=\"num fw-bold\">68</td>");
        assertThat(rowsOf(page, "lines")).containsExactly("Accoglienza e presa in carico|136,00",
                "Orientamento specialistico|568,00", "Orientamento alle opportunità occupazionali|1.136,00",
                "Tutoraggio didattico dell&#39;ente promotore|500,00", "Tutoraggio aziendale del soggetto ospitante|600,00",
                "Indennità di tirocinio|3.000,00", "Indennità dell&#39;intervento complementare Covid-19|480,00");
        assertThat(page).contains("<dd class=\"col-5 fw-bold\">5.940,00</dd>", "70%", "id=\"edit-programme\"");
        assertThat(mvc.perform(get("/programmes/NOPE").session(admin)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void officersAndOperatorsReadTheModelButCannotOpenOrSendTheEditForm() throws Exception {
        TestUsers users = new TestUsers(jdbc, encoder);
        int version = catalogue.version("PUOI");
        for (Role role : new Role[] {Role.OFFICER, Role.PROVIDER}) {
            MockHttpSession session = WebSessions.login(mvc, users.create("programme-" + role, role), TestUsers.PASSWORD);

            assertThat(page(get("/programmes/PUOI"), session)).as(role + " page").doesNotContain("id=\"edit-programme\"");
            assertThat(status(get("/programmes/PUOI/edit"), session)).as(role + " form").isEqualTo(403);
            assertThat(status(post("/programmes/PUOI").param("version", String.valueOf(version))
                    .param("monthlyAllowance", "900").param("attendanceThreshold", "50").param("startWindowDays", "10")
                    .param("hours[INTAKE]", "99"), session)).as(role + " edit").isEqualTo(403);
        }
        ProgrammeDetails puoi = catalogue.programme("PUOI").orElseThrow();
        assertThat(catalogue.version("PUOI")).isEqualTo(version);
        assertThat(puoi.summary().monthlyAllowance()).isEqualByComparingTo("500.00");
        assertThat(puoi.areas().get(0).modelHours()).isEqualByComparingTo("4");
    }

    @Test
    void anAdministratorsRefusedEditKeepsTheValuesAndChangesNothing() throws Exception {
        int version = catalogue.version("PUOI");
        assertThat(page(get("/programmes/PUOI/edit"), admin)).contains("id=\"hours-INTAKE\"", "value=\"500.00\"");

        MockHttpServletResponse refused = mvc.perform(post("/programmes/PUOI").session(admin).with(csrf())
                .param("version", String.valueOf(version)).param("monthlyAllowance", "120")
                .param("attendanceThreshold", "70").param("startWindowDays", "60").param("hours[INTAKE]", "0")
                .param("hours[SPECIALIST_GUIDANCE]", "16")).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("value=\"120\"",
                "non può essere inferiore a 300 euro", "Indica un numero di ore maggiore di zero.");
        assertThat(catalogue.version("PUOI")).isEqualTo(version);
        assertThat(catalogue.programme("PUOI").orElseThrow().summary().monthlyAllowance()).isEqualByComparingTo("500.00");
    }

    @Test
    void anAdministratorChangesAModelAndTheChangeIsAudited() throws Exception {
        ProgrammeDetails before = catalogue.programme("INSIDE").orElseThrow();
        int version = catalogue.version("INSIDE");
        try {
            MockHttpServletResponse saved = mvc.perform(post("/programmes/INSIDE").session(admin).with(csrf())
                    .param("version", String.valueOf(version)).param("monthlyAllowance", "550")
                    .param("attendanceThreshold", "75").param("startWindowDays", String.valueOf(before.startWindowDays() + 5))
                    .param("hours[INTAKE]", "10")).andReturn().getResponse();

            assertThat(saved.getRedirectedUrl()).isEqualTo("/programmes/INSIDE");
            ProgrammeDetails after = catalogue.programme("INSIDE").orElseThrow();
            assertThat(after.summary().monthlyAllowance()).isEqualByComparingTo("550");
            assertThat(after.attendanceThreshold()).isEqualByComparingTo("0.75");
            assertThat(after.startWindowDays()).isEqualTo(before.startWindowDays() + 5);
            assertThat(after.areas().get(0).modelHours()).isEqualByComparingTo("10");
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM platform.audit_entry a JOIN programme.programme p ON p.id = a.entity_id
                    WHERE a.entity_type = 'programme' AND p.code = 'INSIDE' AND a.action = 'EDIT'
                      AND a.before ->> 'monthly_allowance' = '500.00' AND a.after ->> 'monthly_allowance' = '550.00'""")
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            Map<String, BigDecimal> hours = new LinkedHashMap<>();
            before.areas().forEach(area -> hours.put(area.area(), area.modelHours()));
            catalogue.changeModel("INSIDE", new ProgrammeModelChange(hours, before.summary().monthlyAllowance(),
                    before.attendanceThreshold(), before.startWindowDays(), catalogue.version("INSIDE")), ADMIN);
        }
    }

    @Test
    void theApiDescriptionListsTheInterchangePaths() throws Exception {
        MockHttpServletResponse docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();

        assertThat(docs.getStatus()).isEqualTo(200);
        assertThat(docs.getContentType()).startsWith("application/json");
        assertThat(docs.getContentAsString()).contains("\"openapi\":\"3.", "\"/api/v1/imports/{dataset}\"",
                "\"/api/v1/exports/{dataset}\"", "Bulk import and export of the contract's datasets (CSV)",
                "\"securitySchemes\"", "\"scheme\":\"basic\"", "\"scheme\":\"bearer\"");
    }

    /** The rows of a table as "first cell|last cell", tags stripped. */
    private static java.util.List<String> rowsOf(String page, String tableId) {
        String table = page.substring(page.indexOf("id=\"" + tableId + "\""));
        String body = table.substring(table.indexOf("<tbody>") + 7, table.indexOf("</tbody>"));
        return java.util.Arrays.stream(body.split("</tr>")).filter(row -> row.contains("<td"))
                .map(row -> java.util.Arrays.stream(row.split("</td>")).filter(cell -> cell.contains("<td")).toArray(String[]::new))
                .map(cells -> text(cells[0]) + "|" + text(cells[cells.length - 1]))
                .toList();
    }

    private static String text(String html) {
        String plain = html.replaceAll("<span class=\"badge[^<]*</span>", "").replaceAll("<[^>]+>", " ");
        return plain.replaceAll("\\s+", " ").strip();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session).with(csrf())).andReturn().getResponse().getStatus();
    }
}
