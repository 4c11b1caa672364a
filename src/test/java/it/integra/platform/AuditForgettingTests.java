package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Erasure's one change to the append-only trail: values naming the person, and free-text fields, become
 * a marker in the entries of the person's records; who, what, which record and when never change, and
 * nothing else may update the trail.
 */
@SpringBootTest
class AuditForgettingTests {

    private static final String TYPE = "forget_test";
    private static final String IBAN = "IT60X0542811101000000123456";
    private static final CurrentUser OFFICER = new CurrentUser(7, "funzionario", "Funzionario", Role.OFFICER, null, null);

    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    long person;
    long other;

    @BeforeEach
    void twoRecordsWithEntriesNamingRossi() {
        person = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        other = person + 1;
        String after = """
                {"name": "Rossi Mario", "amount": 5, "reason": "documenti consegnati", "composer": "Rossini",
                 "payments": [{"payee": "ROSSI MARIO", "iban": "%s"}, {"payee": "Bianchi Anna", "iban": "IT02L1234512345123456789012"}]}"""
                .formatted(IBAN);
        tx.executeWithoutResult(status -> {
            audit.record(TYPE, person, "EDIT", OFFICER, "{\"name\": \"Rossi Mario\"}", after, "telefonato a rossi");
            audit.record(TYPE, other, "EDIT", OFFICER, null, after, "telefonato a Rossi");
        });
    }

    private String entry(long id, String what) {
        return jdbc.sql("SELECT " + what + " FROM platform.audit_entry WHERE entity_type = :type AND entity_id = :id")
                .param("type", TYPE).param("id", id).query(String.class).single();
    }

    private int forget() {
        return tx.execute(status -> audit.forget(TYPE, List.of(person), Identifiers.of("Rossi", IBAN), Set.of("reason")));
    }

    @Test
    void theValuesNamingThePersonAndTheFreeTextsOfTheirRecordsBecomeTheMarker() {
        String whoWhatWhen = entry(person, "id || actor_name || actor_id || action || at");

        assertThat(forget()).isEqualTo(1);

        assertThat(entry(person, "after::text")).isEqualTo("""
                {"name": "[erased]", "amount": 5, "reason": "[erased]", "composer": "Rossini", "payments": \
                [{"iban": "[erased]", "payee": "[erased]"}, {"iban": "IT02L1234512345123456789012", "payee": "Bianchi Anna"}]}""");
        assertThat(entry(person, "before::text")).isEqualTo("{\"name\": \"[erased]\"}");
        assertThat(entry(person, "note")).isEqualTo("[erased]");
        assertThat(entry(person, "id || actor_name || actor_id || action || at")).isEqualTo(whoWhatWhen);
        assertThat(entry(other, "note")).as("another record's entry").isEqualTo("telefonato a Rossi");
        assertThat(forget()).as("nothing left to forget").isZero();
    }

    @Test
    void nothingElseMayUpdateTheTrailNorChangeWhoDidWhatOrWhen() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE platform.audit_entry SET note = 'x' WHERE entity_type = :type")
                .param("type", TYPE).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("the audit trail is append-only");
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.sql("SELECT set_config('integra.audit_erasure', 'on', true)").query(String.class).single();
            jdbc.sql("UPDATE platform.audit_entry SET actor_name = 'falsario' WHERE entity_type = :type")
                    .param("type", TYPE).update();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("erasure keeps who did what");
        assertThatThrownBy(() -> audit.forget(TYPE, List.of(person), Identifiers.of("Rossi"), Set.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(entry(person, "actor_name || ' ' || note")).isEqualTo("funzionario telefonato a rossi");
    }

    @Test
    void theHistoryShowsWhatWasErasedInTheReadersLanguage() throws Exception {
        forget();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var admin = WebSessions.login(mvc, "admin", "admin-test-password");

        String page = mvc.perform(get("/history/" + TYPE + "/" + person).session(admin)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("da &quot;-&quot; a &quot;(dato cancellato alla pseudonimizzazione)&quot;",
                "<li class=\"fst-italic\">(dato cancellato alla pseudonimizzazione)</li>", "<td>funzionario</td>",
                "Bianchi Anna").doesNotContainIgnoringCase("Rossi Mario").doesNotContain(IBAN);
    }
}
