package it.integra.interchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import it.integra.Application;
import it.integra.interchange.ImportProgress;
import it.integra.platform.BrowserHttpSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two instances of Integra on one database, as behind a load balancer without sticky sessions: node A
 * with its embedded PostgreSQL, node B given A's server as an external database. A user signed in on
 * one node carries on on the other with the same cookie, and an import started on A is followed and
 * read on B.
 */
class SeveralNodesTests {

    private static final Pattern JOB = Pattern.compile("/interchange/jobs/([0-9a-f-]{36})");
    private static final String ADMIN_PASSWORD = "admin-test-password";

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static JdbcClient jdbc;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = new SpringApplicationBuilder(Application.class).run("--server.port=0");
        HikariDataSource database = nodeA.getBean(HikariDataSource.class);
        nodeB = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword());
        jdbc = JdbcClient.create(database);
    }

    @AfterAll
    static void stopBoth() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Test
    void aUserSignedInOnOneNodeCarriesOnOnTheOtherAndSigningOutThereEndsTheSessionEverywhere() {
        BrowserHttpSession onA = new BrowserHttpSession(port(nodeA)).login("admin", ADMIN_PASSWORD);
        BrowserHttpSession onB = onA.onPort(port(nodeB));

        HttpResponse<String> page = onB.get("/interchange");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Importazione ed esportazione dati");
        String session = onA.sessionId().orElseThrow();
        assertThat(sessionRows(session)).isEqualTo(1);

        HttpResponse<String> logout = onB.postForm("/logout", Map.of());

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(sessionRows(session)).as("signing out deletes the session's row").isZero();
        assertThat(onA.get("/interchange").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void sessionAttributesAreUpsertedIntoThePlatformSchema() {
        // the repository exposes its statements only to reflection; what matters is that the table name and
        // the PostgreSQL upsert both survived the order in which the customizers ran
        JdbcIndexedSessionRepository repository = nodeA.getBean(JdbcIndexedSessionRepository.class);
        Object query = ReflectionTestUtils.getField(repository, "createSessionAttributeQuery");

        assertThat(String.valueOf(query)).contains("platform.spring_session_ATTRIBUTES", "ON CONFLICT");
    }

    @Test
    void anImportStartedOnOneNodeIsFollowedToItsResultOnTheOther() throws InterruptedException {
        BrowserHttpSession onA = new BrowserHttpSession(port(nodeA)).login("admin", ADMIN_PASSWORD);
        onA.get("/interchange");
        BrowserHttpSession onB = onA.onPort(port(nodeB));
        String prefix = "NODES" + System.nanoTime() % 1_000_000L;
        String csv = "provider_code,tax_code,name,type,province\n"
                + "%1$s-1,43321819609,Ente del nodo A,TRAINING_BODY,RM\n%1$s-2,89083863798,Altro ente,THIRD_SECTOR,TO\n"
                .formatted(prefix);

        String id = jobId(upload(onA, "providers", "enti.csv", csv));
        String last = onB.get("/interchange/jobs/" + id).body();
        for (int i = 0; i < 300 && last.contains("hx-trigger"); i++) {
            Thread.sleep(100);
            last = onB.get("/interchange/jobs/" + id).body();
        }

        assertThat(last).contains("Importazione di enti.csv", "Importazione completata: 2 righe.",
                "Inserite 2, aggiornate 0, invariate 0, scartate 0.").doesNotContain("hx-trigger");
        assertThat(jdbc.sql("SELECT name FROM provider.provider WHERE code LIKE :p ORDER BY code")
                .param("p", prefix + "-%").query(String.class).list()).containsExactly("Ente del nodo A", "Altro ente");
    }

    @Test
    void theProgressOneNodeWritesIsWhatTheOtherShows() {
        BrowserHttpSession onB = new BrowserHttpSession(port(nodeB)).login("admin", ADMIN_PASSWORD);
        ImportJobStore storeOfA = nodeA.getBean(ImportJobStore.class);
        String id = UUID.randomUUID().toString();
        storeOfA.insert(id, adminId(), "providers", "grande.csv", "node A");

        new StoredProgress(id, storeOfA).report(ImportProgress.Phase.READING, 1500);
        String reading = onB.get("/interchange/jobs/" + id).body();
        new StoredProgress(id, storeOfA).report(ImportProgress.Phase.WRITING, 4200);
        String writing = onB.get("/interchange/jobs/" + id).body();

        assertThat(reading).contains("Lettura e controllo delle righe: 1.500 righe lette.", "hx-trigger");
        assertThat(writing).contains("Scrittura di 4.200 righe.", "hx-trigger");
    }

    @Test
    void aJobWhoseNodeStoppedTouchingItReadsAsFailedOnTheOthers() {
        BrowserHttpSession onB = new BrowserHttpSession(port(nodeB)).login("admin", ADMIN_PASSWORD);
        String id = UUID.randomUUID().toString();
        nodeA.getBean(ImportJobStore.class).insert(id, adminId(), "providers", "perso.csv", "node A");
        jdbc.sql("UPDATE interchange.import_job SET updated_at = now() - interval '3 minutes' WHERE id = :id")
                .param("id", id).update();

        String page = onB.get("/interchange/jobs/" + id).body();

        assertThat(page).contains("L&#39;importazione non è riuscita per un errore del sistema.").doesNotContain("hx-trigger");
    }

    @Test
    void jobsAreForgottenAnHourAfterTheyEndedOrWereLastTouched() {
        ImportJobStore store = nodeB.getBean(ImportJobStore.class);
        String ended = UUID.randomUUID().toString();
        String abandoned = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        String running = UUID.randomUUID().toString();
        for (String id : new String[] {ended, abandoned, recent, running}) {
            store.insert(id, adminId(), "providers", id + ".csv", "node B");
        }
        store.failed(ended);
        store.failed(recent);
        jdbc.sql("""
                        UPDATE interchange.import_job SET ended_at = now() - interval '61 minutes',
                               started_at = now() - interval '62 minutes' WHERE id = :id""")
                .param("id", ended).update();
        jdbc.sql("UPDATE interchange.import_job SET updated_at = now() - interval '61 minutes' WHERE id = :id")
                .param("id", abandoned).update();
        jdbc.sql("UPDATE interchange.import_job SET ended_at = now() - interval '59 minutes' WHERE id = :id")
                .param("id", recent).update();

        store.forget(ImportJobs.KEEP);

        assertThat(jdbc.sql("SELECT id FROM interchange.import_job WHERE id IN (:ids)")
                .param("ids", List.of(ended, abandoned, recent, running)).query(String.class).list())
                .containsExactlyInAnyOrder(recent, running);
    }

    private static long adminId() {
        return jdbc.sql("SELECT id FROM platform.app_user WHERE username = 'admin'").query(Long.class).single();
    }

    /** The rows of the session whose cookie is given (Spring Session's cookie holds the id in Base64). */
    private static long sessionRows(String cookie) {
        String id = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
        return jdbc.sql("""
                        SELECT count(*) FROM platform.spring_session s
                        JOIN platform.spring_session_attributes a ON a.session_primary_id = s.primary_id
                        WHERE s.session_id = :id AND s.principal_name = 'admin'
                          AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'""")
                .param("id", id).query(Long.class).single();
    }

    private static String upload(BrowserHttpSession browser, String dataset, String fileName, String csv) {
        String boundary = "integra-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"dataset\"\r\n\r\n" + dataset + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = browser.post("/interchange/imports", "multipart/form-data; boundary=" + boundary,
                body, browser.csrfToken());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static String jobId(String fragment) {
        Matcher matcher = JOB.matcher(fragment);
        assertThat(matcher.find()).as("a job link in " + fragment).isTrue();
        return matcher.group(1);
    }
}
