package it.integra.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.Application;
import it.integra.interchange.ApiClient;
import it.integra.interchange.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A backup taken through the API while another client keeps importing, restored with
 * {@code --integra.restore-from} into a new folder on which a second application starts: every
 * export of the interchange contract and every report answers there byte for byte what the first
 * application answered for the state the backup holds.
 * <p>
 * Which state is that? The writer imports one new call at a time ({@code BK-00001}, {@code BK-00002},
 * ...), each its own transaction, while the backup runs. The backup holds the database as it was when
 * {@code pg_backup_stop} returned: every call acknowledged before the backup was asked for, then the
 * ones committed during the copy, in commit order. So the restored calls must be exactly
 * {@code BK-00001..BK-k} with no gap, for a k between those two counts. Once the writer has stopped, the
 * first application's answers, less the calls after {@code BK-k}, are the state the backup represents,
 * and the restored application must answer exactly that: nothing lost, nothing half written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupAndRestoreTests {

    private static final String PASSWORD = "admin-test-password";
    private static final List<String> DATASETS = List.of("calls", "providers", "applications", "participants",
            "clearances", "internships", "services", "contracts", "attendance");
    private static final List<String> REPORTS = List.of("funnel", "summary", "territory", "sectors", "profile",
            "services?programme=PUOI", "services?programme=PERCORSI", "outcomes?asOf=2030-06-30",
            "funnel?programme=PUOI", "territory?region=12");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabase database;
    @Autowired
    Backups backups;
    @Autowired
    java.time.Clock clock;
    @TempDir
    Path downloads;
    @TempDir
    Path restoredFolder;

    @Test
    void aBackupTakenUnderWriteLoadRestoresToAnApplicationThatAnswersEveryExportAndReportAlike() throws Exception {
        ApiClient admin = ApiClient.as(port, "admin", PASSWORD);
        TestData.empty(jdbc);
        TestData.importSample(admin);

        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> importCallsUntilStopped(admin, acknowledged, writing));
        while (acknowledged.get() < 5 && !writer.isDone()) {
            Thread.sleep(10);
        }
        int beforeBackup = acknowledged.get();
        HttpResponse<String> created = admin.post("/api/v1/admin/backups", "application/json", new byte[0]);
        int afterBackup = acknowledged.get();
        writing.set(false);
        writer.get();

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode backup = admin.json(created);
        String name = backup.get("name").asString();
        assertThat(name).matches("integra-\\d{8}-\\d{6}\\.zip");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/admin/backups/" + name);
        assertThat(afterBackup).as("the writer kept committing while the backup was taken").isGreaterThan(beforeBackup);
        assertThat(admin.json(admin.get("/api/v1/admin/backups")).findValuesAsString("name")).contains(name);
        Map<String, String> original = answers(admin);

        Path archive = download(name);
        assertThat(Files.size(archive)).isEqualTo(backup.get("size").asLong());

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--integra.restore-from=" + archive,
                "--integra.data-dir=" + restoredFolder,
                "--integra.database.ephemeral=true")) {
            ApiClient restoredAdmin = ApiClient.as(localPort(restored), "admin", PASSWORD);
            Map<String, String> answers = answers(restoredAdmin);

            List<String> written = lines(answers.get("export calls")).stream().filter(line -> line.startsWith("BK-"))
                    .map(line -> line.substring(0, 8)).toList();
            int k = written.size();
            assertThat(written).as("the calls written during the backup are a prefix, without gaps")
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, k).mapToObj(BackupAndRestoreTests::code).toList());
            assertThat(k).as("every call acknowledged before the backup, none begun after it returned")
                    .isBetween(beforeBackup, afterBackup + 1);

            Map<String, String> expected = new LinkedHashMap<>(original);
            expected.put("export calls", Arrays.stream(original.get("export calls").split("(?<=\n)"))
                    .filter(line -> !line.startsWith("BK-") || Integer.parseInt(line.substring(3, 8)) <= k)
                    .collect(Collectors.joining()));
            for (String key : expected.keySet()) {
                assertThat(answers.get(key)).as(key).isEqualTo(expected.get(key));
            }

            assertThat(restoredAdmin.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
            restoredAdmin.importOk("calls", "call_code,programme,title,opens_on,closes_on,budget_eur\n"
                    + "AFTER-RESTORE,PUOI,Dopo il ripristino,2030-01-01,2030-12-31,1000\n");
        }
    }

    @Test
    void servesOnlyFilesNamedAsBackupsAndNeverAFileBesideThem() {
        ApiClient admin = ApiClient.as(port, "admin", PASSWORD);
        for (String name : List.of("integra-20000101-000000.zip", "postgres.password", "..%2Fpostgres.password",
                "integra-20000101-000000.zip.partial", "%2E%2E%2Fintegra.lock")) {
            HttpResponse<String> response = admin.get("/api/v1/admin/backups/" + name);
            assertThat(response.statusCode()).as(name).isIn(400, 404);
            assertThat(response.body()).as(name).doesNotContain(database.password());
        }
    }

    @Test
    void aScheduledBackupKeepsOnlyTheNewestAndLeavesOtherFilesAlone() throws Exception {
        Path folder = database.folder().resolve("backups");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("integra-20000101-020000.zip"), "an old backup");
        Files.writeString(folder.resolve("integra-20000102-020000.zip"), "a newer old backup");
        Files.writeString(folder.resolve("notes.txt"), "the operator's notes");

        new BackupSchedule(backups, "0 0 2 * * *", 2, clock).run();

        List<BackupFile> kept = backups.list();
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).takenAt().toLocalDate()).as("the one just taken").isEqualTo(java.time.LocalDate.now(clock));
        assertThat(Files.size(folder.resolve(kept.get(0).name()))).isGreaterThan(1_000_000);
        assertThat(Files.exists(folder.resolve("integra-20000101-020000.zip"))).isFalse();
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("the operator's notes");
    }

    @Test
    void aScheduleThatIsNotACronExpressionStopsTheStartSayingSo() {
        BackupSchedule schedule = new BackupSchedule(backups, "every night", 7, clock);

        assertThatThrownBy(schedule::afterPropertiesSet).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every night");
        new BackupSchedule(backups, "", 7, clock).afterPropertiesSet(); // off: nothing scheduled, nothing refused
    }

    private static void importCallsUntilStopped(ApiClient admin, AtomicInteger acknowledged, AtomicBoolean writing) {
        while (writing.get()) {
            admin.importOk("calls", "call_code,programme,title,opens_on,closes_on,budget_eur\n"
                    + code(acknowledged.get() + 1) + ",PUOI,Scritto durante il backup,2030-01-01,2030-12-31,1000\n");
            acknowledged.incrementAndGet();
        }
    }

    private static String code(int n) {
        return "BK-%05d".formatted(n);
    }

    /** Every export, and every report as JSON and as CSV, as the administrator gets them. */
    private static Map<String, String> answers(ApiClient client) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String dataset : DATASETS) {
            answers.put("export " + dataset, ok(client.get("/api/v1/exports/" + dataset)));
        }
        for (String report : REPORTS) {
            String path = "/api/v1/reports/" + report;
            answers.put("report " + report, ok(client.get(path, "application/json")));
            answers.put("report csv " + report, ok(client.get(path + (path.contains("?") ? "&" : "?") + "format=csv")));
        }
        return answers;
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\r?\n"));
    }

    private Path download(String name) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<Path> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/backups/" + name))
                        .header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofFile(downloads.resolve(name)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment").contains(name));
        return response.body();
    }

    private static int localPort(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
