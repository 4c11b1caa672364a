package it.integra.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.demo.internal.DemoScaleFiles;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the import of a national programme's history: the demo's files at scale N (default 100: 839,700
 * participants and clearances, 483,900 internships, 7.37 million days of service hours), one file per
 * dataset, posted through {@code POST /api/v1/imports/{dataset}} in the contract's order into an EMPTY
 * database with the durable settings the application ships with (fsync and synchronous commit on).
 * Each import is one transaction. At the end it checks that every row of every file is stored and that
 * two report figures agree with plain SQL over the records. Not part of the test suite; run it with
 * {@code ./mvnw -B -o test -Dtest=ProgrammeHistoryImportBenchmark -Dfiles=/work/files100} (the files are
 * written there by the demo's generator first when missing, {@code -Dscale=N}); the per-phase log lines
 * of each import ({@code Imported ... rows of ...}) say where the time goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "integra.data-dir=${data:${java.io.tmpdir}/integra-test/${random.uuid}}",
    "integra.database.ephemeral=${ephemeral:true}",
    "integra.database.durable=true"})
class ProgrammeHistoryImportBenchmark {

    static final List<String> ORDER = List.of("calls", "providers", "applications", "participants", "clearances",
            "internships", "services", "contracts");
    /** Where each dataset is stored, and (for contracts) the rows stored are those of participants. */
    static final Map<String, String> TABLES = Map.of("calls", "programme.call", "providers", "provider.provider",
            "applications", "provider.application", "participants", "participant.participant",
            "clearances", "clearance.clearance", "internships", "internship.internship",
            "services", "accounting.service_delivery", "contracts", "outcome.contract");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** The server's data folder, for its postmaster's process id. */
    Path pgData;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void importsTheHistoryOfANationalProgramme() throws Exception {
        Path folder = Path.of(System.getProperty("files", "/work/files100"));
        if (!Files.exists(folder.resolve("contracts.csv"))) {
            DemoScaleFiles.write(Integer.getInteger("scale", 100), folder);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM programme.call").query(Long.class).single()).isZero();
        pgData = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single());
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");

        // the time of each PL/pgSQL function (the summary triggers), per import, from pg_stat_user_functions
        jdbc.sql("ALTER SYSTEM SET track_functions = 'pl'").update();
        jdbc.sql("SELECT pg_reload_conf()").query(Boolean.class).single();
        List<String> lines = new ArrayList<>();
        long total = 0;
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String dataset : ORDER) {
            Path file = folder.resolve(dataset + ".csv");
            String before = loadAverage();
            Wal walBefore = wal();
            Map<String, Double> functionsBefore = functions();
            long[] cpuBefore = {javaCpuMillis(), serverCpuMillis()};
            long start = System.nanoTime();
            JsonNode answer = post(dataset, file);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            total += elapsed;
            answers.put(dataset, answer);
            String line = String.format("%-12s %,11d rows %,9.1f MB %,9d ms  load %s -> %s  CPU java %,d ms, "
                            + "PostgreSQL %,d ms  %s  %s", dataset, answer.get("rows").asLong(), Files.size(file) / 1e6,
                    elapsed, before, loadAverage(), javaCpuMillis() - cpuBefore[0], serverCpuMillis() - cpuBefore[1],
                    wal().since(walBefore), answer) + triggers(functionsBefore);
            lines.add(line);
            System.out.println("BENCHMARK " + line);
        }

        for (String dataset : ORDER) {
            long fileRows = rowsOf(folder.resolve(dataset + ".csv"));
            JsonNode answer = answers.get(dataset);
            long stored = jdbc.sql("SELECT count(*) FROM " + TABLES.get(dataset)).query(Long.class).single();
            assertThat(answer.get("rows").asLong()).as(dataset + " rows").isEqualTo(fileRows);
            assertThat(answer.get("inserted").asLong() + answer.get("skipped").asLong()).as(dataset).isEqualTo(fileRows);
            assertThat(stored).as(dataset + " stored").isEqualTo(answer.get("inserted").asLong());
        }
        String reports = checkReports();
        System.out.printf("%nBENCHMARK programme history, files in %s: total %,d ms (%.1f min)%n  %s%n  %s%n%n", folder,
                total, total / 60_000.0, String.join("\n  ", lines), reports);
    }

    /** The funnel and the hours of the services report for PUOI, from the summaries, against the records. */
    private String checkReports() throws Exception {
        JsonNode funnel = get("/api/v1/reports/funnel?programme=PUOI");
        long requested = jdbc.sql("""
                SELECT count(*) FROM clearance.clearance k JOIN programme.call c ON c.id = k.call_id
                WHERE c.programme_code = 'PUOI'""").query(Long.class).single();
        long started = jdbc.sql("""
                SELECT count(*) FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
                JOIN programme.call c ON c.id = k.call_id WHERE c.programme_code = 'PUOI'""").query(Long.class).single();
        assertThat(funnel.get("clearancesRequested").asLong()).isEqualTo(requested);
        assertThat(funnel.get("internshipsStarted").asLong()).isEqualTo(started);

        long start = System.nanoTime();
        Map<String, BigDecimal> plain = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT d.area, sum(d.hours) AS hours FROM accounting.service_delivery d
                JOIN clearance.clearance k ON k.id = d.clearance_id JOIN programme.call c ON c.id = k.call_id
                WHERE c.programme_code = 'PUOI' AND k.status IN ('GRANTED', 'CANCELLED')
                  AND EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
                GROUP BY d.area""").query((rs, n) -> plain.put(rs.getString(1), rs.getBigDecimal(2))).list();
        long plainMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        JsonNode services = get("/api/v1/reports/services?programme=PUOI");
        long reportMs = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> reported = new LinkedHashMap<>();
        services.get("rows").forEach(row -> {
            BigDecimal hours = row.get("hours").decimalValue();
            if (hours.signum() != 0) {
                reported.put(row.get("area").asString(), hours.stripTrailingZeros().toPlainString());
            }
        });
        Map<String, String> expected = new LinkedHashMap<>();
        plain.forEach((area, hours) -> expected.put(area, hours.stripTrailingZeros().toPlainString()));
        assertThat(expected).isNotEmpty();
        assertThat(reported).isEqualTo(expected);
        return String.format("PUOI: %,d clearances requested, %,d internships started; service hours %s "
                + "(report %d ms, plain SQL %d ms)", requested, started, expected, reportMs, plainMs);
    }

    private JsonNode post(String dataset, Path file) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/imports/" + dataset))
                .header("Authorization", basic()).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(60)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("import of " + dataset + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** What the server wrote to its log, which a durable server flushes: a measure that does not depend on the load. */
    record Wal(long bytes, long fullPages, long syncs, long checkpoints) {
        String since(Wal before) {
            return String.format("WAL %,d MB (%,d full pages), %,d WAL syncs, %d checkpoints", (bytes - before.bytes) >> 20,
                    fullPages - before.fullPages, syncs - before.syncs, checkpoints - before.checkpoints);
        }
    }

    private Wal wal() {
        return jdbc.sql("""
                SELECT w.wal_bytes::bigint, w.wal_fpi, w.wal_sync, c.num_timed + c.num_requested
                FROM pg_stat_wal w, pg_stat_checkpointer c""")
                .query((rs, n) -> new Wal(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    /** Total milliseconds in each PL/pgSQL function so far. */
    private Map<String, Double> functions() {
        Map<String, Double> times = new LinkedHashMap<>();
        jdbc.sql("SELECT schemaname || '.' || funcname, total_time FROM pg_stat_user_functions ORDER BY 1")
                .query((rs, n) -> times.put(rs.getString(1), rs.getDouble(2))).list();
        return times;
    }

    /** The trigger functions that ran during the import, with their total time (callees included). */
    private String triggers(Map<String, Double> before) throws InterruptedException {
        Thread.sleep(1_500); // the import's backend sends its function statistics at most once a second
        StringBuilder out = new StringBuilder();
        functions().forEach((name, ms) -> {
            double spent = ms - before.getOrDefault(name, 0.0);
            if (spent >= 50) {
                out.append(String.format("%n      %-45s %,10.0f ms", name, spent));
            }
        });
        return out.toString();
    }

    /** CPU time of this JVM (the application and the client), which depends less on the machine's load than the clock. */
    private static long javaCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /**
     * CPU time of the embedded PostgreSQL: the postmaster, its children that ended (counted in its own
     * figures once reaped) and those alive, from /proc (clock ticks of 10 ms).
     */
    private long serverCpuMillis() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat;
                try {
                    String text = Files.readString(process.resolve("stat"));
                    stat = text.substring(text.lastIndexOf(')') + 2).split(" ");
                } catch (IOException gone) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                // after the command: state, ppid, ..., utime (11), stime (12), cutime (13), cstime (14)
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                } else if (Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        }
        return ticks * 10;
    }

    private static long rowsOf(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            long rows = 0;
            for (var ignored : parser) {
                rows++;
            }
            return rows;
        }
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0];
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));
    }
}
