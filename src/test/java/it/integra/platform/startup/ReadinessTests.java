package it.integra.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.Application;
import it.integra.platform.StartupSteps;
import it.integra.platform.StartupTask;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * While the start-up tasks run, the web server answers but the application is not ready: readiness and
 * the root health say OUT_OF_SERVICE (503), liveness says UP. Once they are done every probe answers
 * 200, and the root health exactly {@code {"status":"UP"}} as the interchange contract promises.
 */
class ReadinessTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void notReadyWhileTheStartupTasksRunAndReadyWithTheContractsBodyAfter() throws Exception {
        HeldTask held = new HeldTask();
        AtomicReference<ConfigurableApplicationContext> context = new AtomicReference<>();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(Application.class)
                        .initializers(app -> {
                            context.set(app);
                            app.getBeanFactory().registerSingleton("heldTask", held);
                        })
                        .run("--server.port=0"));
        try {
            assertThat(held.running.await(3, TimeUnit.MINUTES)).as("the held task runs").isTrue();
            int port = ((WebServerApplicationContext) context.get()).getWebServer().getPort();

            assertThat(get(port, "/actuator/health/readiness")).isEqualTo("503 {\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get(port, "/actuator/health")).isEqualTo("503 {\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get(port, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");

            held.release.countDown();
            starting.get(3, TimeUnit.MINUTES);

            assertThat(get(port, "/actuator/health/readiness")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(port, "/actuator/health/liveness")).isEqualTo("200 {\"status\":\"UP\"}");
            assertThat(get(port, "/actuator/health")).isEqualTo("200 {\"status\":\"UP\"}");
        } finally {
            held.release.countDown();
            starting.join().close();
        }
    }

    private String get(int port, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    /** A start-up task that runs until the test lets it finish. */
    static final class HeldTask implements StartupTask {

        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return "held";
        }

        @Override
        public void run(StartupSteps steps) {
            running.countDown();
            try {
                release.await(3, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
