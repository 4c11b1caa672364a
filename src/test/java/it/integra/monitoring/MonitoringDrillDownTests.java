package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.WebSessions;
import it.integra.shared.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The province and period filters and the records behind each figure, on the worked example of the
 * interchange contract. The filtered figures were counted by hand from the sample CSV files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringDrillDownTests {

    private static final LocalDate AS_OF = LocalDate.of(2021, 9, 30);
    private static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);
    private static final CurrentUser PIEDMONT = new CurrentUser(7, "analyst-piemonte", "Analista", Role.ANALYST, null, "01");

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MonitoringReports reports;
    @Autowired
    FigureRecords records;

    MockMvc mvc;
    ApiClient admin;

    @BeforeAll
    void importTheSample() {
        admin = ApiClient.as(port, "admin", "admin-test-password");
        TestData.empty(jdbc);
        TestData.importSample(admin);
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        user("analyst-piemonte", "ANALYST", null, "01");
        user("analyst-national", "ANALYST", null, null);
        long provider = jdbc.sql("SELECT min(id) FROM provider.provider").query(Long.class).single();
        user("operator-drill", "PROVIDER", provider, null);
    }

    @Test
    void aProvinceRestrictsTheClearanceFiguresButNotTheApplications() {
        var funnel = admin.json(admin.get("/api/v1/reports/funnel?call=PUOI-H1&province=TO"));
        assertThat(List.of(funnel.get("providersApplied").asLong(), funnel.get("providersEligible").asLong(),
                funnel.get("providersWithClearance").asLong(), funnel.get("clearancesRequested").asLong(),
                funnel.get("clearancesGranted").asLong(), funnel.get("internshipsStarted").asLong(),
                funnel.get("cancelledAfterClearance").asLong())).containsExactly(100L, 72L, 7L, 125L, 91L, 53L, 31L);
        var territory = admin.json(admin.get("/api/v1/reports/territory?call=PUOI-H1&province=TO"));
        assertThat(territory.get("rows")).hasSize(1);
        assertThat(territory.get("rows").get(0).get("province").asString()).isEqualTo("TO");
        assertThat(territory.get("total").get("total").asLong()).isEqualTo(91);
        assertThat(territory.get("total").get("notActivated").asLong()).isEqualTo(38);
        assertThat(territory.get("total").get("ongoing").asLong()).isEqualTo(14);
    }

    @Test
    void aPeriodRestrictsClearancesByRequestDateAndApplicationsBySubmissionDate() {
        var funnel = admin.json(admin.get("/api/v1/reports/funnel?call=PUOI-H1&from=2019-04-20&to=2019-08-31"));
        assertThat(List.of(funnel.get("providersApplied").asLong(), funnel.get("providersEligible").asLong(),
                funnel.get("providersWithClearance").asLong(), funnel.get("clearancesRequested").asLong(),
                funnel.get("clearancesGranted").asLong(), funnel.get("internshipsStarted").asLong(),
                funnel.get("cancelledAfterClearance").asLong())).containsExactly(56L, 40L, 72L, 873L, 641L, 387L, 192L);
        var summary = admin.json(admin.get("/api/v1/reports/summary?call=PUOI-H1&from=2019-04-20&to=2019-08-31"));
        assertThat(summary.get("internshipsCompleted").asLong()).isEqualTo(227);

        var both = admin.json(admin.get("/api/v1/reports/funnel?call=PUOI-H1&province=TO&from=2019-04-20&to=2019-08-31"));
        assertThat(both.get("clearancesRequested").asLong()).isEqualTo(50);
        assertThat(both.get("clearancesGranted").asLong()).isEqualTo(36);
        assertThat(both.get("providersWithClearance").asLong()).isEqualTo(5);
        assertThat(both.get("internshipsStarted").asLong()).isEqualTo(25);
        assertThat(both.get("providersApplied").asLong()).isEqualTo(56);
    }

    @Test
    void withoutTheNewFiltersTheFiguresAreThoseOfTheContract() {
        var funnel = admin.json(admin.get("/api/v1/reports/funnel?call=PUOI-H1"));
        assertThat(funnel.get("clearancesRequested").asLong()).isEqualTo(1900);
        assertThat(funnel.get("clearancesGranted").asLong()).isEqualTo(1404);
        assertThat(funnel.get("providersApplied").asLong()).isEqualTo(100);
    }

    @Test
    void refusesMalformedFiltersNamingTheField() {
        var unknown = admin.get("/api/v1/reports/territory?call=PUOI-H1&province=XX");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(admin.json(unknown).get("detail").asString()).startsWith("Provincia").contains("XX");
        var badDate = admin.get("/api/v1/reports/funnel?call=PUOI-H1&from=2019-13-01");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(admin.json(badDate).get("detail").asString()).startsWith("Dal (from)").contains("2019-13-01");
        var backwards = admin.get("/api/v1/reports/funnel?call=PUOI-H1&from=2020-01-01&to=2019-01-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(admin.json(backwards).get("detail").asString()).startsWith("Periodo");
        assertThat(admin.get("/api/v1/reports/territory?call=PUOI-H1&region=12&province=TO").statusCode()).isEqualTo(400);
        var englishPage = admin.get("/api/v1/reports/funnel?call=PUOI-H1&to=yesterday");
        assertThat(admin.json(englishPage).get("detail").asString()).startsWith("Al (to)");
        var badReference = admin.get("/api/v1/reports/outcomes?call=PUOI-H1&asOf=31/12/2023");
        assertThat(badReference.statusCode()).isEqualTo(400);
        assertThat(admin.json(badReference).get("detail").asString()).startsWith("Data di riferimento (asOf)")
                .contains("31/12/2023");
        var published = admin.get("/api/v1/published/territory?call=PUOI-H1&from=2019-1-1");
        assertThat(published.statusCode()).isEqualTo(400);
        assertThat(admin.json(published).get("detail").asString()).startsWith("Dati pubblicati").contains("\"from\"");
        assertThat(admin.get("/api/v1/published/sectors?call=PUOI-H1&to=never").statusCode()).isEqualTo(400);
    }

    @TestFactory
    Stream<DynamicTest> everyDrillDownListsAsManyRecordsAsItsFigureCounts() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportFilter filter : List.of(
                new ReportFilter(List.of("PUOI-H1"), null, null, AS_OF),
                new ReportFilter(List.of(), "PERCORSI", "12", AS_OF, null, LocalDate.of(2018, 1, 1), null),
                new ReportFilter(List.of("PUOI-H1"), null, "01", AS_OF, "TO", LocalDate.of(2019, 4, 20),
                        LocalDate.of(2019, 8, 31)))) {
            addFigures(tests, filter);
        }
        return tests.stream();
    }

    private void addFigures(List<DynamicTest> tests, ReportFilter filter) {
        Reports.Funnel funnel = reports.funnel(filter);
        Reports.Summary summary = reports.summary(filter);
        Reports.TerritoryCounts territory = reports.territory(filter).total();
        Reports.Profile profile = reports.profile(filter);
        check(tests, filter, Figure.PROVIDERS_APPLIED, null, funnel.providersApplied());
        check(tests, filter, Figure.PROVIDERS_ELIGIBLE, null, funnel.providersEligible());
        check(tests, filter, Figure.PROVIDERS_WITH_CLEARANCE, null, funnel.providersWithClearance());
        check(tests, filter, Figure.CLEARANCES_REQUESTED, null, funnel.clearancesRequested());
        check(tests, filter, Figure.CLEARANCES_GRANTED, null, summary.pathwaysFunded());
        check(tests, filter, Figure.INTERNSHIPS_STARTED, null, funnel.internshipsStarted());
        check(tests, filter, Figure.INTERNSHIPS_COMPLETED, null, summary.internshipsCompleted());
        check(tests, filter, Figure.CANCELLED_AFTER_CLEARANCE, null, funnel.cancelledAfterClearance());
        check(tests, filter, Figure.TERRITORY_NOT_ACTIVATED, null, territory.notActivated());
        check(tests, filter, Figure.TERRITORY_ACTIVATED, null, territory.activated());
        check(tests, filter, Figure.TERRITORY_ONGOING, null, territory.ongoing());
        check(tests, filter, Figure.TERRITORY_COMPLETED, null, territory.completed());
        check(tests, filter, Figure.TERRITORY_TERMINATED, null, territory.terminated());
        check(tests, filter, Figure.TERRITORY_TOTAL, null, territory.total());
        reports.sectors(filter, Locale.ITALIAN).rows().forEach(row ->
                check(tests, filter, Figure.SECTOR, row.section(), row.internships()));
        check(tests, filter, Figure.PROFILE_BASE, null, profile.base());
        check(tests, filter, Figure.PROFILE_PRIOR_WORK_EXPERIENCE, null, profile.priorWorkExperience().count());
        check(tests, filter, Figure.PROFILE_PROFESSIONAL_QUALIFICATION, null, profile.professionalQualification().count());
        check(tests, filter, Figure.PROFILE_HOUSED_IN_RECEPTION, null, profile.housedInReception().count());
        check(tests, filter, Figure.PROFILE_GOOD_LANGUAGE_KNOWLEDGE, null, profile.goodLanguageKnowledge().count());
        check(tests, filter, Figure.PROFILE_LANGUAGE_CERTIFICATE_A1, null, profile.languageCertificateA1().count());
        check(tests, filter, Figure.PROFILE_LANGUAGE_CERTIFICATE_A2, null, profile.languageCertificateA2().count());
        reports.services(filter).rows().forEach(row -> {
            check(tests, filter, Figure.SERVICES_PATHWAYS, row.area(), row.pathways());
            check(tests, filter, Figure.SERVICES_COMPLETE, row.area(), row.complete());
        });
    }

    private void check(List<DynamicTest> tests, ReportFilter filter, Figure figure, String argument, long expected) {
        String name = figure.key() + (argument == null ? "" : " " + argument) + " " + filter.calls() + " "
                + filter.programme() + " " + filter.region() + " " + filter.province() + " " + filter.from();
        tests.add(DynamicTest.dynamicTest(name, () -> {
            var page = records.find(figure, argument, null, filter, ADMIN, PageRequest.of(0, 10_000));
            assertThat(page.getTotalElements()).isEqualTo(expected);
            assertThat(page.getContent()).hasSize((int) Math.min(expected, 10_000));
        }));
    }

    @Test
    void theFiguresWithProvinceOrPeriodAreNotTrivial() {
        ReportFilter narrowed = new ReportFilter(List.of("PUOI-H1"), null, "01", AS_OF, "TO", LocalDate.of(2019, 4, 20),
                LocalDate.of(2019, 8, 31));
        assertThat(reports.territory(narrowed).total().total()).isEqualTo(36);
        assertThat(reports.territory(narrowed).total().notActivated()).isEqualTo(11);
        assertThat(reports.territory(narrowed).total().ongoing()).isEqualTo(9);
        assertThat(reports.summary(narrowed).internshipsCompleted()).isEqualTo(11);
    }

    @Test
    void pagesOfProvidersPeopleAndPathwaysFollowTheOrderOfTheWholeList() {
        ReportFilter filter = new ReportFilter(List.of(), "PUOI", null, AS_OF);
        for (Figure figure : List.of(Figure.PROVIDERS_WITH_CLEARANCE, Figure.PROVIDERS_APPLIED, Figure.PROFILE_BASE,
                Figure.PROFILE_GOOD_LANGUAGE_KNOWLEDGE, Figure.TERRITORY_COMPLETED)) {
            List<FigureRecord> whole = records.find(figure, null, null, filter, ADMIN, PageRequest.of(0, 10_000)).getContent();
            List<FigureRecord> paged = new java.util.ArrayList<>();
            for (int page = 0; page * 7 < whole.size() + 7; page++) {
                var part = records.find(figure, null, null, filter, ADMIN, PageRequest.of(page, 7));
                assertThat(part.getTotalElements()).as(figure + " total").isEqualTo(whole.size());
                paged.addAll(part.getContent());
            }
            assertThat(whole).as(figure.key()).hasSizeGreaterThan(7);
            assertThat(paged).as(figure.key()).containsExactlyElementsOf(whole);
        }
    }

    @Test
    void aStatusNarrowsTheRecords() {
        ReportFilter filter = new ReportFilter(List.of("PUOI-H1"), null, null, AS_OF, "TO", null, null);
        long cancelled = records.find(Figure.CLEARANCES_GRANTED, null, "CANCELLED", filter, ADMIN, PageRequest.of(0, 25))
                .getTotalElements();
        assertThat(cancelled).isEqualTo(31);
        assertThatThrownBy(() -> records.find(Figure.CLEARANCES_GRANTED, null, "NOPE", filter, ADMIN, PageRequest.of(0, 25)))
                .isInstanceOf(UnknownFilterException.class);
    }

    @Test
    void aRegionalAnalystSeesOnlyTheirRegionsRowsAndNoOtherProvince() throws Exception {
        var page = records.find(Figure.TERRITORY_TOTAL, null, null, ReportFilter.everything(AS_OF), PIEDMONT,
                PageRequest.of(0, 10_000));
        List<String> piedmont = Territory.provincesOf("01").stream().map(Territory.Province::code).toList();
        assertThat(page.getContent()).isNotEmpty()
                .allSatisfy(r -> assertThat(piedmont).contains(r.provinces()));
        assertThat(page.getTotalElements()).isEqualTo(reports.territory(ReportFilter.everything(AS_OF).withRegion("01"))
                .total().total());
        assertThat(page.getContent()).allSatisfy(r -> assertThat(r.participantName()).isNull());

        assertThatThrownBy(() -> records.find(Figure.TERRITORY_TOTAL, null, null,
                new ReportFilter(List.of(), null, null, AS_OF, "RM", null, null), PIEDMONT, PageRequest.of(0, 25)))
                .isInstanceOf(OutOfScopeFilterException.class);
        assertThatThrownBy(() -> records.find(Figure.CLEARANCES_GRANTED, null, null, ReportFilter.everything(AS_OF),
                PIEDMONT, PageRequest.of(0, 25))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.find(Figure.TERRITORY_TOTAL, null, null,
                ReportFilter.everything(AS_OF).withRegion("12"), PIEDMONT, PageRequest.of(0, 25)))
                .isInstanceOf(AccessDeniedException.class);

        ApiClient analyst = ApiClient.as(port, "analyst-piemonte", "analyst-password");
        var refused = analyst.get("/api/v1/reports/territory?province=RM");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(analyst.json(refused).get("detail").asString()).contains("RM", "regione");
        assertThat(analyst.json(analyst.get("/api/v1/reports/territory?province=TO")).get("total").get("total").asLong())
                .isEqualTo(reports.territory(new ReportFilter(List.of(), null, null, AS_OF, "TO", null, null)).total().total());

        var session = WebSessions.login(mvc, "analyst-piemonte", "analyst-password");
        var drill = mvc.perform(get("/monitoring/records").param("figure", "territory.total").param("province", "RM")
                .session(session)).andReturn().getResponse();
        assertThat(drill.getStatus()).isEqualTo(403);
        assertThat(drill.getContentAsString()).contains("RM").doesNotContain("id=\"records-table\"");
        assertThat(mvc.perform(get("/monitoring").param("province", "RM").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void analystsSeeCodesWhereOfficersSeeNamesAndLinks() throws Exception {
        var first = records.find(Figure.CLEARANCES_GRANTED, null, null,
                new ReportFilter(List.of("PUOI-H1"), null, null, AS_OF, "TO", null, null), ADMIN, PageRequest.of(0, 25))
                .getContent().get(0);
        assertThat(first.participantName()).isNotBlank();
        String query = "figure=territory.total&call=PUOI-H1&province=TO";

        String asAdmin = page("admin", "admin-test-password", query);
        assertThat(asAdmin).contains(first.participantName(), first.participantCode(),
                "href=\"/participants/" + first.participantId() + "\"", "href=\"/clearances/" + first.clearanceId() + "\"",
                "Record: 91");

        String asAnalyst = page("analyst-national", "analyst-password", query);
        assertThat(asAnalyst).contains(first.participantCode(), "Record: 91")
                .doesNotContain(first.participantName(), "href=\"/participants/", "href=\"/clearances/");
    }

    @Test
    void providerOperatorsHaveNoAccessToTheMonitoringPagesAndLists() throws Exception {
        var session = WebSessions.login(mvc, "operator-drill", "analyst-password");
        assertThat(mvc.perform(get("/monitoring/records").param("figure", "clearancesGranted").session(session))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/monitoring").session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThatThrownBy(() -> records.find(Figure.TERRITORY_TOTAL, null, null, ReportFilter.everything(AS_OF),
                new CurrentUser(9, "op", "Operatore", Role.PROVIDER, 1L, null), PageRequest.of(0, 25)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyNumberOfTheMonitoringPageLinksToItsRecords() throws Exception {
        String page = page("admin", "admin-test-password", null, "/monitoring?call=PUOI-H1&province=TO");
        assertThat(page).contains("/monitoring/records?figure=clearancesGranted&amp;call=PUOI-H1&amp;province=TO\">91<",
                "/monitoring/records?figure=territory.ongoing&amp;call=PUOI-H1&amp;province=TO\">14<",
                "/monitoring/records?figure=profile.base", "/monitoring/records?figure=sectors.internships",
                "id=\"outcomes-narrowed\"");
        String whole = page("admin", "admin-test-password", null, "/monitoring?call=PUOI-H1");
        assertThat(whole).contains("/outcomes/internships?status=COMPLETED&amp;measure=OBSERVED");
    }

    private String page(String user, String password, String query) throws Exception {
        return page(user, password, query, "/monitoring/records?" + query);
    }

    private String page(String user, String password, String ignored, String path) throws Exception {
        var session = WebSessions.login(mvc, user, password);
        var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private void user(String username, String role, Long provider, String region) {
        jdbc.sql("""
                INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id, region_code)
                VALUES (:username, :username, :hash, :role, :provider, :region) ON CONFLICT DO NOTHING""")
                .param("username", username).param("hash", encoder.encode("analyst-password")).param("role", role)
                .param("provider", provider).param("region", region).update();
    }
}
