package it.integra.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users written straight into {@code platform.app_user} for tests, with names unique within the
 * run (tests share one application context and its database). Provider operators belong to a made-up
 * provider, {@link #FAKE_PROVIDER_ID}, created when first needed.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1234";
    public static final long FAKE_PROVIDER_ID = 999_001L;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public TestUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A fresh name starting with {@code prefix}. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
    }

    /** Inserts an enabled user with {@link #PASSWORD}; returns the new user's name. */
    public String create(String prefix, Role role) {
        if (role == Role.PROVIDER) {
            ensureFakeProvider();
        }
        String username = uniqueName(prefix);
        jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id)
                        VALUES (:username, :name, :hash, :role, :provider)""")
                .param("username", username)
                .param("name", "Test " + username)
                .param("hash", encoder.encode(PASSWORD))
                .param("role", role.name())
                .param("provider", role == Role.PROVIDER ? FAKE_PROVIDER_ID : null)
                .update();
        return username;
    }

    /** The made-up provider that test operators belong to, created when missing. */
    public void ensureFakeProvider() {
        jdbc.sql("""
                INSERT INTO provider.provider (id, code, tax_code, name, type, province)
                OVERRIDING SYSTEM VALUE
                VALUES (:id, 'TEST-PROVIDER', '12345678903', 'Ente di prova', 'TRAINING_BODY', 'RM')
                ON CONFLICT DO NOTHING""").param("id", FAKE_PROVIDER_ID).update();
    }

    public long idOf(String username) {
        return jdbc.sql("SELECT id FROM platform.app_user WHERE username = :u").param("u", username)
                .query(Long.class).single();
    }

    public boolean enabled(String username) {
        return jdbc.sql("SELECT enabled FROM platform.app_user WHERE username = :u").param("u", username)
                .query(Boolean.class).single();
    }
}
