package it.integra.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.Application;
import it.integra.platform.database.EmbeddedDatabase;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes started together on one empty database, in demo mode: both start, and the first
 * administrator, the demo users and the demo dataset exist once (the second node waits on the
 * start-up lock and finds the work done).
 */
class TwoNodesStartTests {

    @Test
    void twoNodesOnAnEmptyDatabaseBothStartAndCreateTheAdministratorAndTheDemoOnce() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("integra-two-nodes"), false)
                .ephemeral(true)) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<CompletableFuture<ConfigurableApplicationContext>> nodes = List.of(
                    CompletableFuture.supplyAsync(() -> start(database), threads),
                    CompletableFuture.supplyAsync(() -> start(database), threads));
            try {
                List<ConfigurableApplicationContext> started = nodes.stream().map(CompletableFuture::join).toList();
                assertThat(started).allMatch(ConfigurableApplicationContext::isRunning);
                JdbcClient jdbc = started.get(0).getBean(JdbcClient.class);
                assertThat(count(jdbc, "SELECT count(*) FROM platform.app_user WHERE username = 'admin'")).isEqualTo(1);
                assertThat(count(jdbc, "SELECT count(*) FROM platform.app_user")).as("admin and 4 demo users").isEqualTo(5);
                assertThat(count(jdbc, "SELECT count(*) FROM programme.call")).as("the demo's 5 calls").isEqualTo(5);
                assertThat(count(jdbc, "SELECT count(*) FROM participant.participant"))
                        .as("the demo's people, once").isEqualTo(8397);
                assertThat(count(jdbc, "SELECT count(*) FROM platform.startup_step WHERE task = 'demo' AND step = 'complete'"))
                        .isEqualTo(1);
            } finally {
                // a node that started is stopped even when the other failed
                nodes.stream().map(node -> node.handle((context, failure) -> context).join())
                        .filter(Objects::nonNull).forEach(ConfigurableApplicationContext::close);
                threads.shutdownNow();
            }
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedDatabase database) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + database.password(),
                "--integra.demo=true");
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
