package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports as spreadsheets: read back with POI, every cell equals the JSON report for the same
 * filter, on the sample of the interchange contract.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportsTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ADMIN_PASSWORD = "admin-test-password";
    private static final List<String> REPORTS = List.of("funnel", "summary", "territory", "sectors", "profile",
            "services", "outcomes");

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;
    TestUsers users;

    @BeforeAll
    void importTheSample() {
        TestData.empty(jdbc);
        TestData.importSample(ApiClient.as(port, "admin", ADMIN_PASSWORD));
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        users = new TestUsers(jdbc, encoder);
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfTheSpreadsheetEqualsTheJsonReport() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String query : List.of("call=PUOI-H1&asOf=2021-09-30", "programme=PERCORSI&region=12&asOf=2021-09-30")) {
            REPORTS.forEach(report -> tests.add(DynamicTest.dynamicTest(report + " " + query, () -> {
                JsonNode json = JsonMapper.builder().build().readTree(
                        fetch("admin", ADMIN_PASSWORD, "/api/v1/reports/" + report + "?" + query, "application/json")
                                .getContentAsString());
                MockHttpServletResponse xlsx = fetch("admin", ADMIN_PASSWORD,
                        "/api/v1/reports/" + report + "?" + query + "&format=xlsx", "*/*");
                assertThat(xlsx.getStatus()).isEqualTo(200);
                assertThat(xlsx.getContentType()).isEqualTo(XLSX);
                assertSameCells(xlsx.getContentAsByteArray(), ExpectedTable.of(report, json));
            })));
        }
        return tests.stream();
    }

    @Test
    void answersTheSpreadsheetForItsAcceptHeaderNamedAfterReportAndScope() throws Exception {
        MockHttpServletResponse response = fetch("admin", ADMIN_PASSWORD,
                "/api/v1/reports/territory?call=PUOI-H1&region=12", XLSX);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"territory-PUOI-H1-12.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("TOTAL");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(241);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void sharesAreNumbersShownAsPercentages() throws Exception {
        byte[] xlsx = fetch("admin", ADMIN_PASSWORD, "/api/v1/reports/profile?call=PUOI-H1&format=xlsx", "*/*")
                .getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell share = workbook.getSheetAt(0).getRow(2).getCell(2);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("General");
        }
    }

    @Test
    void refusesNationalSpreadsheetsToRegionalAnalysts() throws Exception {
        String analyst = users.create("exports-analyst", Role.ANALYST);
        jdbc.sql("UPDATE platform.app_user SET region_code = '12' WHERE username = :u").param("u", analyst).update();

        assertThat(fetch(analyst, TestUsers.PASSWORD, "/api/v1/reports/funnel?call=PUOI-H1&format=xlsx", "*/*")
                .getStatus()).isEqualTo(403);
        assertThat(fetch(analyst, TestUsers.PASSWORD, "/api/v1/reports/summary?call=PUOI-H1", XLSX).getStatus())
                .isEqualTo(403);
        assertThat(fetch(analyst, TestUsers.PASSWORD, "/api/v1/reports/territory?call=PUOI-H1&format=xlsx", "*/*")
                .getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"territory-PUOI-H1-12.xlsx\"");
    }

    @Test
    void refusesUnknownFiltersWhateverTheFormat() throws Exception {
        assertThat(fetch("admin", ADMIN_PASSWORD, "/api/v1/reports/funnel?call=NOPE&format=xlsx", "*/*").getStatus())
                .isEqualTo(400);
        assertThat(fetch("admin", ADMIN_PASSWORD, "/api/v1/reports/funnel?call=NOPE", XLSX).getStatus())
                .isEqualTo(400);
        assertThat(fetch("admin", ADMIN_PASSWORD, "/api/v1/reports/sectors?region=99&format=xlsx", "*/*").getStatus())
                .isEqualTo(400);
    }

    private MockHttpServletResponse fetch(String user, String password, String url, String accept) throws Exception {
        return mvc.perform(get(url).header("Accept", accept).with(httpBasic(user, password))).andReturn().getResponse();
    }

    private static void assertSameCells(byte[] xlsx, ExpectedTable expected) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(expected.header());
            assertThat(sheet.getLastRowNum()).as("rows").isEqualTo(expected.rows().size());
            for (int r = 0; r < expected.rows().size(); r++) {
                List<JsonNode> row = expected.rows().get(r);
                assertThat(sheet.getRow(r + 1).getLastCellNum()).as("cells of row " + r).isEqualTo((short) row.size());
                for (int c = 0; c < row.size(); c++) {
                    assertCell(sheet.getRow(r + 1).getCell(c), row.get(c), "row " + r + " " + header.get(c));
                }
            }
        }
    }

    private static void assertCell(Cell cell, JsonNode expected, String where) {
        if (expected.isNumber()) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(where).isCloseTo(expected.asDouble(), within(1e-12));
        } else if (expected.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(where).hasToString(expected.asString());
        } else {
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(expected.asString());
        }
    }
}
