package it.integra.provider;

import it.integra.Today;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.programme.CallManagement;
import it.integra.programme.CallTerms;
import it.integra.programme.CreateCall;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The provider module's own test builders: providers, their operators, staff and calls, each with
 * a name unique within the run (tests share one database). Operators log in with {@link TestUsers#PASSWORD}.
 */
public final class ProviderTestData {

    public static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Amministratore", Role.ADMIN, null, null);
    /** A valid 11-digit tax code. */
    public static final String TAX_CODE = "12345678903";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final CallManagement calls;

    public ProviderTestData(JdbcClient jdbc, PasswordEncoder encoder, CallManagement calls) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.calls = calls;
    }

    /** A provider in the registry, as an import would write it. */
    public Provider provider() {
        String code = TestUsers.uniqueName("PRV");
        long id = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, :taxCode, :name, 'TRAINING_BODY', 'TO') RETURNING id""")
                .param("code", code).param("taxCode", TAX_CODE).param("name", "Ente " + code)
                .query(Long.class).single();
        return new Provider(id, code, "Ente " + code);
    }

    /** An enabled operator of the provider; returns the user name. */
    public String operator(long providerId, boolean lead) {
        String username = TestUsers.uniqueName(lead ? "lead" : "operator");
        jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id, lead)
                        VALUES (:username, :name, :hash, 'PROVIDER', :provider, :lead)""")
                .param("username", username).param("name", "Operatore " + username)
                .param("hash", encoder.encode(TestUsers.PASSWORD)).param("provider", providerId).param("lead", lead)
                .update();
        return username;
    }

    public String staff(Role role) {
        return new TestUsers(jdbc, encoder).create(role.name().toLowerCase(), role);
    }

    /** The user as the application sees them once logged in. */
    public CurrentUser user(String username) {
        return jdbc.sql("SELECT id, username, display_name, role, provider_id, region_code FROM platform.app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), rs.getObject("provider_id", Long.class), rs.getString("region_code")))
                .single();
    }

    /** A published call that accepts requests from today for three months; returns its code. */
    public String openCall() {
        String code = draftCall(Today.date());
        calls.publish(code, ADMIN);
        return code;
    }

    /** A call still in draft, so it accepts no request; returns its code. */
    public String draftCall(LocalDate opensOn) {
        String code = TestUsers.uniqueName("CALL");
        calls.create(new CreateCall(code, "PUOI", new CallTerms("Avviso " + code, opensOn, opensOn.plusMonths(3),
                Map.of("ESF", new BigDecimal("1000000")), new BigDecimal("0.70"), 60, null)), ADMIN);
        return code;
    }

    public long auditEntries(String type, long id, String action) {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_type = :type AND entity_id = :id AND action = :action")
                .param("type", type).param("id", id).param("action", action).query(Long.class).single();
    }

    public record Provider(long id, String code, String name) {
    }
}
