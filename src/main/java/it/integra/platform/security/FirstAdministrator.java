package it.integra.platform.security;

import it.integra.platform.PasswordPolicy;
import it.integra.platform.StartupSteps;
import it.integra.platform.StartupTask;
import it.integra.platform.Violation;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start against an empty database, creates the user {@code admin} with the password in
 * {@code INTEGRA_ADMIN_PASSWORD}, or a random one printed once in the log. A configured password must
 * pass the same {@link PasswordPolicy} as any other: if it does not, the application refuses to start
 * and says why, rather than leave the most powerful account with a guessable password. It is the first
 * start-up task: nodes starting together on an empty database create it once.
 */
@Component
@Order(0)
class FirstAdministrator implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final MessageSource messages;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder encoder,
                       @Value("${integra.admin-password:}") String configuredPassword, MessageSource messages) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "first-administrator";
    }

    @Override
    @Transactional
    public void run(StartupSteps steps) {
        jdbc.sql("LOCK TABLE platform.app_user IN EXCLUSIVE MODE").update();
        Integer users = jdbc.sql("SELECT count(*) FROM platform.app_user").query(Integer.class).single();
        if (users > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        if (!generated) {
            refuseIfWeak(configuredPassword);
        }
        String password = generated ? randomPassword() : configuredPassword;
        jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role)
                        VALUES ('admin', 'Amministratore', :hash, 'ADMIN')""")
                .param("hash", encoder.encode(password))
                .update();
        if (generated) {
            log.warn("""

                    ************************************************************
                    First start: created the administrator 'admin'.
                    Generated password (shown only this once): {}
                    Set INTEGRA_ADMIN_PASSWORD before the first start to choose it.
                    ************************************************************""", password);
        } else {
            log.info("First start: created the administrator 'admin' with the password from INTEGRA_ADMIN_PASSWORD");
        }
    }

    private void refuseIfWeak(String password) {
        List<Violation> violations = new PasswordPolicy().check("INTEGRA_ADMIN_PASSWORD", password);
        if (!violations.isEmpty()) {
            String reasons = violations.stream()
                    .map(v -> messages.getMessage(v.code(), v.arguments().toArray(), Locale.ENGLISH))
                    .collect(Collectors.joining(" "));
            throw new IllegalStateException("INTEGRA_ADMIN_PASSWORD (integra.admin-password) is refused for the first "
                    + "administrator: " + reasons + " Or leave it unset to have one generated and logged once.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
