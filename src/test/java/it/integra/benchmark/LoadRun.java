package it.integra.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * One URL requested by many clients at once, each on its own keep-alive connection: first alone
 * ({@value #ALONE} requests in a row after {@value #WARM_UP} unmeasured, the median), then
 * {@value #WARM_UP_SECONDS} s of warm-up at full load, then the measured run. A client thinks between
 * answers (half to one and a half times {@code think}), gives up after {@link #PATIENCE}, and checks
 * each answer 200 with the given predicate (its figures). The server's own CPU time (its
 * {@code process_cpu_time_ns_total}) is read before and after, a figure that the machine's other load
 * changes little: CPU per request alone, and per answer under load.
 */
final class LoadRun {

    static final int ALONE = 10;
    static final int WARM_UP = 3;
    static final int WARM_UP_SECONDS = 10;
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String url;
    private final IntFunction<UnaryOperator<HttpRequest.Builder>> credentials;
    private final Predicate<String> right;
    private final LongSupplier serverCpuNanos;

    LoadRun(String url, IntFunction<UnaryOperator<HttpRequest.Builder>> credentials, Predicate<String> right,
            LongSupplier serverCpuNanos) {
        this.url = url;
        this.credentials = credentials;
        this.right = right;
        this.serverCpuNanos = serverCpuNanos;
    }

    /** The time alone, then {@code clients} at once for {@code seconds}. */
    Result measure(int clients, int seconds, int think) throws Exception {
        HttpClient http = client();
        for (int i = 0; i < WARM_UP; i++) {
            send(http, 0);
        }
        List<Long> alone = new ArrayList<>();
        long cpu = serverCpuNanos.getAsLong();
        for (int i = 0; i < ALONE; i++) {
            long[] answer = send(http, 0);
            if (answer[0] != 200) {
                throw new AssertionError("alone, " + url + " answered " + answer[0]);
            }
            alone.add(answer[1]);
        }
        double aloneCpuMs = (serverCpuNanos.getAsLong() - cpu) / 1e6 / ALONE;
        Collections.sort(alone);
        run(clients, WARM_UP_SECONDS, think, new Result(0, 0, 1));
        cpu = serverCpuNanos.getAsLong();
        Result result = run(clients, seconds, think, new Result(alone.get(ALONE / 2), aloneCpuMs, seconds));
        result.serverCpuMs = (serverCpuNanos.getAsLong() - cpu) / 1e6;
        return result;
    }

    private Result run(int clients, int seconds, int think, Result result) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                running.add(pool.submit(() -> {
                    HttpClient http = client();
                    Random random = new Random(client);
                    while (System.nanoTime() < end) {
                        long[] answer = send(http, client);
                        if (System.nanoTime() < end) {
                            result.add(answer);
                        }
                        if (think > 0) {
                            Thread.sleep(think / 2 + random.nextInt(think));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Status (0 no answer in time, -1 connection failed, 1 answer 200 without the figures) and milliseconds. */
    private long[] send(HttpClient http, int client) throws InterruptedException {
        HttpRequest request = credentials.apply(client).apply(HttpRequest.newBuilder(URI.create(url)))
                .timeout(PATIENCE).GET().build();
        long start = System.nanoTime();
        int status;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode() == 200 && !right.test(response.body()) ? 1 : response.statusCode();
        } catch (HttpTimeoutException e) {
            status = 0;
        } catch (java.io.IOException e) {
            status = -1;
        }
        return new long[] {status, (System.nanoTime() - start) / 1_000_000};
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /** Times of the right answers, and the count of every other outcome by status. */
    static final class Result {
        private final long aloneMs;
        private final double aloneCpuMs;
        private final int seconds;
        private double serverCpuMs;
        private final List<Long> times = Collections.synchronizedList(new ArrayList<>());
        private final Map<Long, AtomicInteger> others = new ConcurrentHashMap<>();

        Result(long aloneMs, double aloneCpuMs, int seconds) {
            this.aloneMs = aloneMs;
            this.aloneCpuMs = aloneCpuMs;
            this.seconds = seconds;
        }

        void add(long[] answer) {
            if (answer[0] == 200) {
                times.add(answer[1]);
            } else {
                others.computeIfAbsent(answer[0], s -> new AtomicInteger()).incrementAndGet();
            }
        }

        long aloneMs() {
            return aloneMs;
        }

        double perSecond() {
            return times.size() / (double) seconds;
        }

        long p95() {
            return percentile(95);
        }

        int wrong() {
            return count(status -> status == 1);
        }

        /** No answer, a failed connection, or a server error other than the load limit's 503. */
        int failures() {
            return count(status -> status <= 0 || status >= 500 && status != 503);
        }

        private int count(Predicate<Long> statuses) {
            return others.entrySet().stream().filter(e -> statuses.test(e.getKey())).mapToInt(e -> e.getValue().get()).sum();
        }

        private long percentile(int percent) {
            List<Long> sorted = new ArrayList<>(times);
            sorted.sort(null);
            return sorted.isEmpty() ? -1 : sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
        }

        String table() {
            Map<Long, Integer> other = new TreeMap<>();
            others.forEach((status, count) -> other.put(status, count.get()));
            int answers = times.size() + other.values().stream().mapToInt(Integer::intValue).sum();
            return String.format("| alone (median of %d) ms | server CPU ms per request alone | answered 200 right | per s "
                            + "| p50 ms | p95 ms | max ms | other outcomes (status: count; 1 = 200 with wrong figures, "
                            + "0 = no answer in %d s) | server CPU ms per answer, any status |%n"
                            + "|---|---|---|---|---|---|---|---|---|%n| %d | %.0f | %d | %.2f | %d | %d | %d | %s | %.0f |%n",
                    ALONE, PATIENCE.toSeconds(), aloneMs, aloneCpuMs, times.size(), perSecond(), percentile(50), p95(),
                    percentile(100), other, answers == 0 ? 0 : serverCpuMs / answers);
        }
    }
}
