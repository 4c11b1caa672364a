package it.integra.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --integra.log.json=true} in a JVM of its own (logging is set up once per JVM, so the tests'
 * own JVM cannot switch): every line on the console is a JSON object, the request id among its fields.
 * The same start without the switch writes the plain lines, with the request id in brackets.
 */
class JsonLoggingTests {

    private static final String REQUEST_ID = "json-check-42";
    private static final String MESSAGE = "GET /participants?q 200 3 ms user 7";

    @Test
    void theSwitchTurnsEveryConsoleLineIntoJsonWithTheRequestId() throws Exception {
        List<String> lines = start("--integra.log.json=true");

        assertThat(lines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            events.add(json.readTree(line));
        }
        assertThat(events).filteredOn(event -> MESSAGE.equals(event.path("message").asString()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.path("requestId").asString()).isEqualTo(REQUEST_ID);
                    assertThat(event.path("log").path("level").asString("")
                            + event.path("log.level").asString("")).isEqualTo("INFO");
                });
    }

    @Test
    void withoutTheSwitchTheLinesArePlainWithTheRequestIdInBrackets() throws Exception {
        List<String> lines = start();

        assertThat(lines).filteredOn(line -> line.contains(MESSAGE)).singleElement().asString()
                .contains("[" + REQUEST_ID + "]").doesNotStartWith("{");
    }

    /** Starts {@link Main} in a new JVM and returns the non-empty lines it printed on the console. */
    private static List<String> start(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().filter(line -> !line.isBlank()).toList();
    }

    /** An application with no beans that logs one line the way a request does, then stops. */
    public static final class Main {

        public static void main(String[] args) {
            SpringApplication application = new SpringApplication(Nothing.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            try (var context = application.run(args)) {
                MDC.put("requestId", REQUEST_ID);
                LoggerFactory.getLogger("it.integra.jsoncheck").info(MESSAGE);
                MDC.remove("requestId");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
