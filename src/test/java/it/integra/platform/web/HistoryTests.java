package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.Today;
import it.integra.platform.WebSessions;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallTerms;
import it.integra.provider.ProviderTestData;
import it.integra.provider.ProviderTestData.Provider;
import it.integra.platform.TestUsers;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The Storico panel and its CSV are for the authority's staff; the trail itself is append-only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;

    MockMvc mvc;
    ProviderTestData data;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data = new ProviderTestData(jdbc, encoder, calls);
    }

    @Test
    void aProviderOperatorHasNoHistoryEvenOfItsOwnRecords() throws Exception {
        Provider own = data.provider();
        String code = data.openCall();
        long callId = calls.find(code).orElseThrow().id();
        long applicationId = jdbc.sql("""
                        INSERT INTO provider.application (call_id, provider_id, submitted_on, outcome)
                        VALUES (:call, :provider, :on, 'PENDING') RETURNING id""")
                .param("call", callId).param("provider", own.id()).param("on", Today.date()).query(Long.class).single();
        MockHttpSession operator = WebSessions.login(mvc, data.operator(own.id(), true), TestUsers.PASSWORD);

        for (String path : List.of("/history/provider/" + own.id(), "/history/application/" + applicationId,
                "/history/call/" + callId)) {
            assertThat(status(path, operator)).as(path).isEqualTo(403);
            assertThat(status(path + "/export.csv", operator)).as(path + "/export.csv").isEqualTo(403);
        }
    }

    @Test
    void theCsvExportListsEveryEntryWithBeforeAndAfter() throws Exception {
        String code = data.draftCall(Today.date().plusDays(15));
        CallDetails call = calls.find(code).orElseThrow();
        calls.edit(code, call.version(), new CallTerms("Titolo corretto", call.opensOn(), call.closesOn(),
                Map.of("ESF", new BigDecimal("1000000")), new BigDecimal("0.70"), 60, null), ProviderTestData.ADMIN);
        MockHttpSession admin = WebSessions.login(mvc, "admin", "admin-test-password");

        MockHttpServletResponse response = mvc.perform(get("/history/call/{id}/export.csv", call.id()).session(admin))
                .andReturn().getResponse();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.getContentAsString())).getRecords();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("call-" + call.id() + "-history.csv");
        assertThat(response.getContentAsString()).startsWith("id,at,actor,action,before,after,note\r\n");
        assertThat(rows).extracting(r -> r.get("action")).containsExactlyInAnyOrder("CREATE", "EDIT");
        CSVRecord edit = rows.stream().filter(r -> r.get("action").equals("EDIT")).findFirst().orElseThrow();
        assertThat(edit.get("before")).contains("Avviso " + code);
        assertThat(edit.get("after")).contains("Titolo corretto");
        assertThat(edit.get("at")).endsWith(java.time.ZoneId.of("Europe/Rome").getRules().getOffset(java.time.Instant.now()).toString());
        CSVRecord create = rows.stream().filter(r -> r.get("action").equals("CREATE")).findFirst().orElseThrow();
        assertThat(create.get("before")).isEmpty();
        assertThat(create.get("after")).contains("Avviso " + code);
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletes() {
        String code = data.draftCall(Today.date().plusDays(15));
        long callId = calls.find(code).orElseThrow().id();
        long entry = jdbc.sql("SELECT id FROM platform.audit_entry WHERE entity_type = 'call' AND entity_id = :id")
                .param("id", callId).query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("UPDATE platform.audit_entry SET actor_name = 'falsario', note = 'riscritto' "
                + "WHERE id = :id").param("id", entry).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("the audit trail is append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform.audit_entry WHERE id = :id").param("id", entry).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("the audit trail is append-only");

        assertThat(jdbc.sql("SELECT action || '|' || actor_name || '|' || coalesce(note, '-') FROM platform.audit_entry "
                + "WHERE id = :id").param("id", entry).query(String.class).single()).isEqualTo("CREATE|admin|-");
    }

    private int status(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }
}
