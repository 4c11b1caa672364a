package it.integra.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.Application;
import it.integra.platform.database.EmbeddedDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A start that cannot succeed ends with Spring Boot's failure report, a description and an action,
 * and no stack trace: as an operator sees it on the console.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

    @Test
    void aTakenPortIsReportedWithoutATrace(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=" + port));

            assertThat(report(output)).contains("Web server failed to start. Port " + port + " was already in use.",
                    "Action:");
        }
    }

    @Test
    void aDataFolderInUseIsReportedWithoutATrace(CapturedOutput output) throws Exception {
        Path folder = Files.createTempDirectory("integra-in-use");
        try (EmbeddedDatabase running = EmbeddedDatabase.start(folder, false).ephemeral(true)) {
            assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0", "--integra.data-dir=" + folder));

            assertThat(report(output)).contains("The data folder " + folder.toAbsolutePath()
                    + " is in use by another running Integra instance.", "--integra.data-dir=PATH");
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedWithoutATrace(CapturedOutput output) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/integra";
        assertThatThrownBy(() -> SpringApplication.run(Application.class, "--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=integra", "--spring.datasource.password=x"));

        assertThat(report(output)).contains("Cannot connect to the database " + url + ": Connection to 127.0.0.1:" + closed
                + " refused.", "SPRING_DATASOURCE_URL");
    }

    /** The failure report, after checking that the output holds one and no stack trace. */
    private static String report(CapturedOutput output) {
        String all = output.getAll();
        assertThat(all).contains("APPLICATION FAILED TO START").doesNotContain("\tat ").doesNotContain("Application run failed")
                .doesNotContain("cancelling refresh attempt");
        return all.substring(all.indexOf("APPLICATION FAILED TO START"));
    }
}
