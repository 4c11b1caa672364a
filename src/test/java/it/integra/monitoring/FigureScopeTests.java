package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.platform.WebSessions;
import it.integra.shared.Territory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every monitoring and outcome page, fragment and list applies the report API's scope: a provider's
 * operator gets its own provider's figures, an analyst bound to a region that region's territorial
 * figures and pseudonymous lists only, and asking for another region is refused with 403. Expected
 * figures are counted here with plain SQL on the sample of the interchange contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureScopeTests {

    private static final String PASSWORD = "scope-test-password";
    private static final Pattern COUNT = Pattern.compile("id=\"count-(\\w+)\">\\s*<div class=\"h3 mb-0\">([\\d.]+)<");

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    long provider;

    @BeforeAll
    void importTheSample() {
        TestData.empty(jdbc);
        TestData.importSample(ApiClient.as(port, "admin", "admin-test-password"));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        provider = jdbc.sql("""
                        SELECT k.provider_id FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                        WHERE c.code = 'PUOI-H1' GROUP BY k.provider_id ORDER BY count(*) DESC, k.provider_id LIMIT 1""")
                .query(Long.class).single();
        user("scope-operator", "PROVIDER", provider, null);
        user("scope-piemonte", "ANALYST", null, "01");
        user("scope-national", "ANALYST", null, null);
    }

    @Test
    void aProviderOperatorsCallCountsAreItsOwnAsTheApiGivesThem() throws Exception {
        long requested = count("SELECT count(*) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id "
                + "WHERE c.code = 'PUOI-H1' AND k.provider_id = :p");
        long granted = count("SELECT count(*) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id "
                + "WHERE c.code = 'PUOI-H1' AND k.provider_id = :p AND k.status IN ('GRANTED', 'CANCELLED')");
        long started = count("SELECT count(*) FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id "
                + "JOIN programme.call c ON c.id = k.call_id WHERE c.code = 'PUOI-H1' AND k.provider_id = :p");
        assertThat(requested).isGreaterThan(10).isLessThan(1900);

        String own = body("/monitoring/calls/PUOI-H1/counts", session("scope-operator"), 200);
        assertThat(counts(own)).containsEntry("providersApplied", 1L).containsEntry("clearancesRequested", requested)
                .containsEntry("clearancesGranted", granted).containsEntry("internshipsStarted", started);
        assertThat(own).contains("id=\"counts-own-provider\"");

        var api = ApiClient.as(port, "scope-operator", PASSWORD);
        var funnel = api.json(api.get("/api/v1/reports/funnel?call=PUOI-H1"));
        assertThat(funnel.get("clearancesRequested").asLong()).isEqualTo(requested);
        assertThat(funnel.get("providersApplied").asLong()).isEqualTo(1);
        assertThat(api.json(api.get("/api/v1/reports/territory?call=PUOI-H1")).get("total").get("total").asLong())
                .isEqualTo(granted);

        long internships = count("SELECT count(*) FROM internship.internship i JOIN clearance.clearance k "
                + "ON k.id = i.clearance_id JOIN programme.call c ON c.id = k.call_id WHERE c.code = 'PUOI-H1' "
                + "AND k.provider_id = :p AND i.host_section IN (SELECT code FROM reference.ateco_section)");
        long[] sectors = {0};
        api.json(api.get("/api/v1/reports/sectors?call=PUOI-H1")).get("rows")
                .forEach(row -> sectors[0] += row.get("internships").asLong());
        assertThat(sectors[0]).isEqualTo(internships);
        long people = count("SELECT count(DISTINCT k.participant_id) FROM internship.internship i JOIN clearance.clearance k "
                + "ON k.id = i.clearance_id JOIN programme.call c ON c.id = k.call_id WHERE c.code = 'PUOI-H1' "
                + "AND k.provider_id = :p AND i.status IN ('ONGOING', 'COMPLETED')");
        assertThat(api.json(api.get("/api/v1/reports/profile?call=PUOI-H1")).get("base").asLong()).isEqualTo(people);

        String national = body("/monitoring/calls/PUOI-H1/counts", WebSessions.login(mvc, "admin", "admin-test-password"), 200);
        assertThat(counts(national)).containsEntry("clearancesRequested", 1900L).containsEntry("providersApplied", 100L);
        assertThat(national).doesNotContain("id=\"counts-own-provider\"");
        body("/monitoring/calls/NOPE/counts", WebSessions.login(mvc, "admin", "admin-test-password"), 404);
    }

    @Test
    void aProviderOperatorIsRefusedTheMonitoringPagesListsAndPack() throws Exception {
        MockHttpSession operator = session("scope-operator");
        body("/monitoring?call=PUOI-H1", operator, 403);
        body("/monitoring/records?figure=clearancesGranted&call=PUOI-H1", operator, 403);
        body("/monitoring/pack.pdf?call=PUOI-H1", operator, 403);
    }

    @Test
    void aRegionBoundAnalystIsRefusedNationalFiguresAndEveryOtherRegion() throws Exception {
        MockHttpSession piemonte = session("scope-piemonte");
        body("/monitoring/calls/PUOI-H1/counts", piemonte, 403);
        body("/monitoring/pack.pdf?call=PUOI-H1", piemonte, 403);
        body("/monitoring?call=PUOI-H1&region=12", piemonte, 403);
        body("/monitoring/records?figure=territory.total&call=PUOI-H1&region=12", piemonte, 403);
        body("/monitoring/records?figure=clearancesGranted&call=PUOI-H1", piemonte, 403);
        body("/outcomes?region=12", piemonte, 403);
        body("/outcomes/internships?region=12", piemonte, 403);
        body("/api/v1/outcomes/esf?region=12", piemonte, 403);
        var api = ApiClient.as(port, "scope-piemonte", PASSWORD);
        assertThat(api.get("/api/v1/reports/sectors?call=PUOI-H1&region=12").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/summary?call=PUOI-H1").statusCode()).isEqualTo(403);

        assertThat(body("/monitoring?call=PUOI-H1&region=01", piemonte, 200))
                .contains("id=\"territory-table\"", "id=\"open-data-note\"").doesNotContain("id=\"funnel-table\"");
        assertThat(body("/monitoring/home-panel", piemonte, 200)).contains("id=\"work-panel\"")
                .doesNotContain("id=\"work-applications\"", "id=\"work-clearances\"", "class=\"card");
        body("/outcomes?region=01", piemonte, 200);
        body("/outcomes", piemonte, 200);
        body("/monitoring/calls/PUOI-H1/counts", session("scope-national"), 200);
    }

    @Test
    void aRegionBoundAnalystListsTheirRegionOnlyWithoutNamesOrTaxCodes() throws Exception {
        String[] piedmont = Territory.provincesOf("01").stream().map(Territory.Province::code).toArray(String[]::new);
        String pathways = "FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id "
                + "JOIN participant.participant p ON p.id = k.participant_id "
                + "WHERE c.code = 'PUOI-H1' AND k.status IN ('GRANTED', 'CANCELLED') AND k.province = ANY(:provinces)";
        long expected = jdbc.sql("SELECT count(*) " + pathways).param("provinces", piedmont).query(Long.class).single();
        long national = jdbc.sql("SELECT count(*) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id "
                + "WHERE c.code = 'PUOI-H1' AND k.status IN ('GRANTED', 'CANCELLED')").query(Long.class).single();
        assertThat(expected).isPositive().isLessThan(national);

        String list = body("/monitoring/records?figure=territory.total&call=PUOI-H1", session("scope-piemonte"), 200);

        java.text.NumberFormat italian = java.text.NumberFormat.getIntegerInstance(java.util.Locale.ITALIAN);
        assertThat(list).contains("Record: " + italian.format(expected)).doesNotContain("Record: " + italian.format(national));
        List<String> identities = jdbc.sql("SELECT p.tax_code " + pathways + " UNION SELECT p.family_name " + pathways)
                .param("provinces", piedmont).query(String.class).list();
        assertThat(identities).isNotEmpty().allSatisfy(identity -> assertThat(list).doesNotContain(">" + identity));
        assertThat(list).doesNotContainPattern("[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z]");
        List<String> pseudonyms = jdbc.sql("SELECT p.pseudonym " + pathways).param("provinces", piedmont)
                .query(String.class).list();
        assertThat(pseudonyms).anySatisfy(pseudonym -> assertThat(list).contains(pseudonym));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("p", provider).query(Long.class).single();
    }

    private static java.util.Map<String, Long> counts(String fragment) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        Matcher matcher = COUNT.matcher(fragment);
        while (matcher.find()) {
            counts.put(matcher.group(1), Long.parseLong(matcher.group(2).replace(".", "")));
        }
        return counts;
    }

    private MockHttpSession session(String username) throws Exception {
        return WebSessions.login(mvc, username, PASSWORD);
    }

    private String body(String path, MockHttpSession session, int status) throws Exception {
        var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString();
    }

    private void user(String username, String role, Long providerId, String region) {
        jdbc.sql("""
                INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id, region_code)
                VALUES (:username, :username, :hash, :role, :provider, :region) ON CONFLICT DO NOTHING""")
                .param("username", username).param("hash", encoder.encode(PASSWORD)).param("role", role)
                .param("provider", providerId).param("region", region).update();
    }
}
