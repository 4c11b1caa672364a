package it.integra.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.CreatedUser;
import it.integra.platform.CurrentUser;
import it.integra.platform.ProviderOperators.Operator;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import it.integra.provider.ProviderTestData.Provider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class OperatorManagementTests {

    @Autowired
    OperatorManagement operators;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ProviderTestData data;
    Provider provider;
    CurrentUser lead;

    @BeforeEach
    void providerWithALeadOperator() {
        data = new ProviderTestData(jdbc, encoder, calls);
        provider = data.provider();
        lead = data.user(data.operator(provider.id(), true));
    }

    @Test
    void anAdministratorCreatesTheLeadOperatorWithAPasswordShownOnce() {
        Provider fresh = data.provider();
        String username = TestUsers.uniqueName("capo");

        CreatedUser created = operators.create(fresh.id(), new NewOperator(username, "Anna Capo", "anna@ente.it", true),
                ProviderTestData.ADMIN);

        assertThat(created.generatedPassword()).get().asString().hasSize(16);
        assertThat(operators.of(fresh.id(), ProviderTestData.ADMIN)).singleElement().satisfies(o -> {
            assertThat(o.username()).isEqualTo(username);
            assertThat(o.lead()).isTrue();
            assertThat(o.enabled()).isTrue();
        });
        assertThat(data.user(username).providerScope()).contains(fresh.id());
        assertThat(data.auditEntries("provider", fresh.id(), "OPERATOR_CREATE")).isEqualTo(1);
    }

    @Test
    void theLeadOperatorCreatesAnOperatorOfItsProviderButNoOtherLead() {
        String username = TestUsers.uniqueName("nuovo");

        CreatedUser created = operators.create(provider.id(), new NewOperator(username, "Nuovo Operatore", null, true), lead);

        assertThat(created.user().providerId()).isEqualTo(provider.id());
        assertThat(created.user().role()).isEqualTo(Role.PROVIDER);
        assertThat(operators.of(provider.id(), lead)).extracting(Operator::username, Operator::lead)
                .contains(org.assertj.core.groups.Tuple.tuple(username, false));
        assertThat(data.auditEntries("provider", provider.id(), "OPERATOR_CREATE")).isEqualTo(1);
    }

    @Test
    void refusesAnOperatorWhoIsNotTheLead() {
        CurrentUser plain = data.user(data.operator(provider.id(), false));
        String username = TestUsers.uniqueName("rifiutato");

        assertThat(operators.mayManage(provider.id(), plain)).isFalse();
        assertThatThrownBy(() -> operators.create(provider.id(), new NewOperator(username, "X", null, false), plain))
                .isInstanceOf(AccessDeniedException.class);
        String colleague = data.operator(provider.id(), false);
        assertThatThrownBy(() -> operators.disable(provider.id(), data.user(colleague).id(), plain))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(count("SELECT count(*) FROM platform.app_user WHERE username = '" + username + "'")).isZero();
    }

    @Test
    void refusesTheLeadOperatorOfAnotherProvider() {
        Provider other = data.provider();
        CurrentUser otherOperator = data.user(data.operator(other.id(), false));

        assertThat(operators.mayManage(other.id(), lead)).isFalse();
        assertThatThrownBy(() -> operators.create(other.id(), new NewOperator(TestUsers.uniqueName("x"), "X", null, false), lead))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operators.disable(other.id(), otherOperator.id(), lead))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(operators.of(other.id(), lead)).isEmpty();
        assertThat(count("SELECT count(*) FROM platform.app_user WHERE id = " + otherOperator.id() + " AND enabled")).isEqualTo(1);
    }

    @Test
    void theLeadDisablesAndEnablesAnOperatorButNotItself() {
        CurrentUser colleague = data.user(data.operator(provider.id(), false));

        assertThat(operators.disable(provider.id(), colleague.id(), lead).enabled()).isFalse();
        assertThat(operators.enable(provider.id(), colleague.id(), lead).enabled()).isTrue();
        assertThatThrownBy(() -> operators.disable(provider.id(), lead.id(), lead))
                .isInstanceOf(ViolationException.class).hasMessageContaining("users.error.disableSelf");
        assertThat(data.auditEntries("provider", provider.id(), "OPERATOR_DISABLE")).isEqualTo(1);
        assertThat(data.auditEntries("provider", provider.id(), "OPERATOR_ENABLE")).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorNamesOrRevokesTheLead() {
        CurrentUser colleague = data.user(data.operator(provider.id(), false));

        assertThatThrownBy(() -> operators.setLead(provider.id(), colleague.id(), true, lead))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(operators.setLead(provider.id(), colleague.id(), true, ProviderTestData.ADMIN).lead()).isTrue();
        operators.setLead(provider.id(), lead.id(), false, ProviderTestData.ADMIN);

        assertThat(operators.mayManage(provider.id(), lead)).isFalse();
        assertThat(operators.mayManage(provider.id(), colleague)).isTrue();
    }

    @Test
    void officersSeeTheOperatorsButDoNotManageThem() {
        CurrentUser officer = data.user(data.staff(Role.OFFICER));

        assertThat(operators.of(provider.id(), officer)).extracting(Operator::username).containsExactly(lead.username());
        assertThat(operators.mayManage(provider.id(), officer)).isFalse();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
