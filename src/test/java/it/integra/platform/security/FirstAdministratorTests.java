package it.integra.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The administrator created on the first start against an empty database, and only then. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final Pattern GENERATED = Pattern.compile("Generated password \\(shown only this once\\): (\\S+)");

    private final Path dataFolder = Path.of(System.getProperty("integra.test-root", System.getProperty("java.io.tmpdir") + "/integra-test"),
            "first-admin-" + System.nanoTime());

    @AfterEach
    void deleteTheDataFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(dataFolder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void usesTheConfiguredPasswordAndPrintsNone(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("chosen-admin-password")) {
            assertThat(logsIn(app, "chosen-admin-password")).isTrue();
            assertThat(administrators(app)).isEqualTo(1);
        }
        assertThat(output.getAll()).contains("created the administrator 'admin' with the password from INTEGRA_ADMIN_PASSWORD")
                .doesNotContain("Generated password").doesNotContain("chosen-admin-password");
    }

    @Test
    void generatesAPasswordPrintedOnceAndNotAgainOnTheNextStart(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext app = start("")) {
            Matcher generated = GENERATED.matcher(output.getAll());
            assertThat(generated.find()).isTrue();
            password = generated.group(1);
            assertThat(password).matches("[A-Za-z2-9]{20}");
            assertThat(logsIn(app, password)).isTrue();
        }
        int printedAfterFirstStart = output.getAll().length();

        try (ConfigurableApplicationContext app = start("")) {
            assertThat(administrators(app)).isEqualTo(1);
            assertThat(logsIn(app, password)).isTrue();
        }
        String secondStart = output.getAll().substring(printedAfterFirstStart);
        assertThat(secondStart).contains("Embedded PostgreSQL running").doesNotContain("Generated password").doesNotContain(password);
        assertThat(GENERATED.matcher(output.getAll()).results().count()).isEqualTo(1);
    }

    @Test
    void refusesToStartWithACommonConfiguredPasswordAndCreatesNoAdministrator() {
        assertThatThrownBy(() -> start("Password2026!").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("INTEGRA_ADMIN_PASSWORD (integra.admin-password) is refused for the first "
                        + "administrator: The password is too common: it is in a list of known or leaked passwords, also "
                        + "when repeated or followed by digits or symbols. Choose a different one. Or leave it unset to "
                        + "have one generated and logged once.");

        try (ConfigurableApplicationContext app = start("chosen-admin-password")) {
            assertThat(administrators(app)).isEqualTo(1);
            assertThat(logsIn(app, "chosen-admin-password")).isTrue();
        }
    }

    private ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--integra.data-dir=" + dataFolder,
                "--integra.database.ephemeral=false",
                "--integra.admin-password=" + adminPassword);
    }

    private static boolean logsIn(ConfigurableApplicationContext app, String password) {
        try {
            return app.getBean(AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", password)).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    private static long administrators(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT count(*) FROM platform.app_user WHERE role = 'ADMIN'")
                .query(Long.class).single();
    }
}
