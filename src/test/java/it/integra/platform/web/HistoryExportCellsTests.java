package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.platform.WebSessions;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A person's history as CSV is opened in spreadsheets: cells that would start a formula are quoted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryExportCellsTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void textThatWouldStartAFormulaIsQuotedAndTheIdStaysANumber() throws Exception {
        long entity = 990_000L + System.nanoTime() % 9_999;
        jdbc.sql("""
                INSERT INTO platform.audit_entry (entity_type, entity_id, action, actor_name, before, after, note)
                VALUES ('participant', :id, 'EDIT', '@Rossi', NULL, '{"family_name": "=cmd"}', '=HYPERLINK("http://x")'),
                       ('participant', :id, 'EDIT', 'Bianchi', NULL, NULL, '-12.50')""").param("id", entity).update();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        String csv = mvc.perform(get("/history/participant/{id}/export.csv", entity)
                .session(WebSessions.login(mvc, "admin", "admin-test-password"))).andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(rows).extracting(row -> row.get("actor")).containsExactlyInAnyOrder("'@Rossi", "Bianchi");
        CSVRecord rossi = rows.stream().filter(row -> row.get("actor").equals("'@Rossi")).findFirst().orElseThrow();
        CSVRecord bianchi = rows.stream().filter(row -> row.get("actor").equals("Bianchi")).findFirst().orElseThrow();
        assertThat(rossi.get("note")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rossi.get("after")).isEqualTo("{\"family_name\": \"=cmd\"}");
        assertThat(rossi.get("id")).matches("\\d+");
        assertThat(bianchi.get("note")).isEqualTo("-12.50");
    }
}
