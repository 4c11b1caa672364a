package it.integra.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import it.integra.provider.ProviderTestData.Provider;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class ProviderManagementTests {

    static final ProviderContacts CONTACTS = new ProviderContacts("info@ente.it", "011 555 1234", "ente@pec.it");

    @Autowired
    ProviderManagement providers;
    @Autowired
    ProviderRegistry registry;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ProviderTestData data;
    CurrentUser officer;

    @BeforeEach
    void officer() {
        data = new ProviderTestData(jdbc, encoder, calls);
        officer = data.user(data.staff(Role.OFFICER));
    }

    static ProviderData registry(String name, List<OperatingSeat> seats) {
        return new ProviderData("12345678903", name, "THIRD_SECTOR", "TO", "Accreditamento Regione Piemonte 42", CONTACTS, seats);
    }

    @Test
    void anOfficerRegistersAProviderWithItsSeatsAndTheCreationIsAudited() {
        String code = TestUsers.uniqueName("NEW");

        ProviderDetails created = providers.register(" " + code + " ", registry("Cooperativa Nuovi Orizzonti",
                List.of(new OperatingSeat("TO", "Via Po 1"), new OperatingSeat("AT", "Corso Alfieri 2"))), officer);

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.contacts()).isEqualTo(CONTACTS);
        assertThat(created.seats()).containsExactly(new OperatingSeat("TO", "Via Po 1"), new OperatingSeat("AT", "Corso Alfieri 2"));
        assertThat(jdbc.sql("""
                        SELECT after ->> 'name' || ' / ' || (after -> 'seats' ->> 1) FROM platform.audit_entry
                        WHERE entity_type = 'provider' AND entity_id = :id AND action = 'CREATE' AND before IS NULL""")
                .param("id", created.id()).query(String.class).single())
                .isEqualTo("Cooperativa Nuovi Orizzonti / AT Corso Alfieri 2");
    }

    @Test
    void refusesATakenCodeAnInvalidTaxCodeAndAnUnknownProvinceAtOnce() {
        Provider existing = data.provider();
        ProviderData wrong = new ProviderData("12345678901", "Ente", "TRAINING_BODY", "QQ", null, null, List.of());

        assertThatThrownBy(() -> providers.register(existing.code(), wrong, officer))
                .isInstanceOf(ViolationException.class)
                .satisfies(e -> assertThat(((ViolationException) e).violations()).extracting(v -> v.field() + ":" + v.code())
                        .containsExactly("code:providers.error.code.taken", "taxCode:taxCode.checkDigit",
                                "province:providers.error.province.unknown"));
    }

    @Test
    void anOfficerEditsEverythingButTheCodeAndTheChangeIsAuditedBeforeAndAfter() {
        Provider provider = data.provider();
        ProviderDetails before = registry.details(provider.id(), officer).orElseThrow();

        ProviderDetails after = providers.edit(provider.id(), before.version(),
                registry("Ente rinominato", List.of(new OperatingSeat("CN", "Piazza Galimberti 3"))), officer);

        assertThat(after.code()).isEqualTo(provider.code());
        assertThat(after.name()).isEqualTo("Ente rinominato");
        assertThat(after.type()).isEqualTo("THIRD_SECTOR");
        assertThat(after.accreditation()).isEqualTo("Accreditamento Regione Piemonte 42");
        assertThat(jdbc.sql("""
                        SELECT (before ->> 'name') || ' > ' || (after ->> 'name') || ' ' || (after ->> 'seats')
                        FROM platform.audit_entry WHERE entity_type = 'provider' AND entity_id = :id AND action = 'EDIT'""")
                .param("id", provider.id()).query(String.class).single())
                .isEqualTo(provider.name() + " > Ente rinominato [\"CN Piazza Galimberti 3\"]");
    }

    @Test
    void anOperatorUpdatesItsOwnProvidersContactsAndSeatsOnly() {
        Provider provider = data.provider();
        CurrentUser operator = data.user(data.operator(provider.id(), false));
        ProviderDetails before = registry.details(provider.id(), operator).orElseThrow();

        ProviderDetails after = providers.editContacts(provider.id(), before.version(), CONTACTS,
                List.of(new OperatingSeat("VC", "Via Dante 7")), operator);

        assertThat(after.contacts()).isEqualTo(CONTACTS);
        assertThat(after.seats()).containsExactly(new OperatingSeat("VC", "Via Dante 7"));
        assertThat(after.name()).isEqualTo(provider.name());
        assertThat(data.auditEntries("provider", provider.id(), "EDIT")).isEqualTo(1);
        assertThatThrownBy(() -> providers.edit(provider.id(), after.version(), registry("Nome mio", List.of()), operator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorCannotTouchAnotherProvider() {
        Provider own = data.provider();
        Provider other = data.provider();
        CurrentUser operator = data.user(data.operator(own.id(), true));

        assertThat(registry.details(other.id(), operator)).isEmpty();
        assertThat(registry.details(other.code(), operator)).isEmpty();
        assertThatThrownBy(() -> providers.editContacts(other.id(), 0, CONTACTS, List.of(), operator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.register(TestUsers.uniqueName("MINE"), registry("Ente", List.of()), operator))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.auditEntries("provider", other.id(), "EDIT")).isZero();
    }

    @Test
    void refusesAnEditOfAVersionSomeoneElseHasChanged() {
        Provider provider = data.provider();
        ProviderDetails seen = registry.details(provider.id(), officer).orElseThrow();
        providers.editContacts(provider.id(), seen.version(), CONTACTS, List.of(), officer);

        assertThatThrownBy(() -> providers.edit(provider.id(), seen.version(), registry("Ente", List.of()), officer))
                .isInstanceOf(ViolationException.class)
                .hasMessageContaining("providers.error.changedMeanwhile");
    }
}
