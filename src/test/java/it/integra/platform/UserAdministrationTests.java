package it.integra.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.ProviderDirectory.ProviderOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAdministrationTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final ProviderOption COOPERATIVE = new ProviderOption(TestUsers.FAKE_PROVIDER_ID, "TEST-PROVIDER", "Ente di prova");

    @Autowired
    UserAdministration administration;
    @Autowired
    AppUsers appUsers;
    @Autowired
    UserSearch search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    UserAdministration withProviders;

    @BeforeEach
    void buildAnAdministrationThatKnowsOneProvider() {
        new TestUsers(jdbc, encoder).ensureFakeProvider();
        withProviders = new UserAdministration(appUsers, search, jdbc, encoder, directoryOf(COOPERATIVE),
                Clock.fixed(NOW, ZoneId.of("Europe/Rome")));
    }

    @Test
    void createsAProviderOperatorBoundToAKnownProvider() {
        String username = TestUsers.uniqueName("operator");

        CreatedUser created = withProviders.create(
                new CreateUser(username, "Luca Bianchi", null, Role.PROVIDER, TestUsers.FAKE_PROVIDER_ID, "12", "password-operatore"));

        assertThat(created.user()).isEqualTo(new UserSummary(created.user().id(), username, "Luca Bianchi", null,
                Role.PROVIDER, TestUsers.FAKE_PROVIDER_ID, null, true, NOW));
        assertThat(created.generatedPassword()).isEmpty();
        assertThat(withProviders.providerOptions()).containsExactly(COOPERATIVE);
    }

    @Test
    void refusesAProviderThatTheDirectoryDoesNotKnow() {
        assertThatThrownBy(() -> withProviders.create(
                new CreateUser(TestUsers.uniqueName("operator"), "Luca Bianchi", null, Role.PROVIDER, 502L, null, null)))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("providerId", "users.error.provider.unknown")));
    }

    @Test
    void refusesProviderOperatorsWhileNoProviderDirectoryIsInstalled() {
        UserAdministration withoutDirectory = new UserAdministration(appUsers, search, jdbc, encoder,
                new DefaultListableBeanFactory().getBeanProvider(ProviderDirectory.class),
                Clock.fixed(NOW, ZoneId.of("Europe/Rome")));
        assertThat(withoutDirectory.providerOptions()).isEmpty();
        assertThatThrownBy(() -> withoutDirectory.create(
                new CreateUser(TestUsers.uniqueName("operator"), "Luca Bianchi", null, Role.PROVIDER, TestUsers.FAKE_PROVIDER_ID, null, null)))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("providerId", "users.error.provider.unavailable")));
    }

    @Test
    void reportsEveryViolationOfANewUserAtOnce() {
        CreateUser everythingWrong = new CreateUser("no spaces allowed", " ", "nobody@", null, null, null, "short");

        assertThatThrownBy(() -> administration.create(everythingWrong))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("username", "users.error.username.format", 3, 60),
                        Violation.of("displayName", "users.error.displayName.required"),
                        Violation.of("email", "users.error.email.format"),
                        Violation.of("role", "users.error.role.required"),
                        Violation.of("password", "users.error.password.tooShort", 12)));
    }

    @Test
    void acceptsAPasswordOfExactlyTwelveCharactersAndRefusesElevenOrMoreThan72Bytes() {
        assertThat(create("twelve", "123456789012")).isEmpty();
        assertThat(create("eleven", "12345678901")).containsExactly("users.error.password.tooShort");
        assertThat(create("long", "è".repeat(37))).containsExactly("users.error.password.tooLong");
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        String username = TestUsers.uniqueName("Mario.Rossi");
        administration.create(new CreateUser(username, "Mario Rossi", null, Role.OFFICER, null, null, null));

        assertThatThrownBy(() -> administration.create(
                new CreateUser(username.toLowerCase(), "Mario Rossi bis", null, Role.OFFICER, null, null, null)))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("username", "users.error.username.taken")));
    }

    @Test
    void keepsTheRegionOnlyForAnalystsAndRefusesAnUnknownOne() {
        CreatedUser officer = administration.create(
                new CreateUser(TestUsers.uniqueName("officer"), "Anna Verdi", null, Role.OFFICER, TestUsers.FAKE_PROVIDER_ID, "05", null));
        CreatedUser analyst = administration.create(
                new CreateUser(TestUsers.uniqueName("analyst"), "Anna Verdi", null, Role.ANALYST, null, "05", null));

        assertThat(officer.user().regionCode()).isNull();
        assertThat(officer.user().providerId()).isNull();
        assertThat(analyst.user().regionCode()).isEqualTo("05");
        assertThat(create("region", "abbastanza-lunga", Role.ANALYST, "21")).containsExactly("users.error.region.unknown");
    }

    @Test
    void generatesASixteenCharacterPasswordWhenNoneIsChosen() {
        CreatedUser created = administration.create(
                new CreateUser(TestUsers.uniqueName("generated"), "Anna Verdi", null, Role.OFFICER, null, null, null));

        assertThat(created.generatedPassword()).hasValueSatisfying(p -> assertThat(p).matches("[A-Za-z2-9]{16}"));
        String hash = jdbc.sql("SELECT password_hash FROM platform.app_user WHERE id = :id")
                .param("id", created.user().id()).query(String.class).single();
        assertThat(encoder.matches(created.generatedPassword().orElseThrow(), hash)).isTrue();
    }

    @Test
    void disablesEnablesAndRefusesToDisableTheActingAdministrator() {
        long id = administration.create(new CreateUser(TestUsers.uniqueName("toggle"), "Anna Verdi", null,
                Role.OFFICER, null, null, null)).user().id();

        administration.disable(new DisableUser(id, 1));
        assertThat(administration.find(id)).hasValueSatisfying(u -> assertThat(u.enabled()).isFalse());
        administration.enable(new EnableUser(id));
        assertThat(administration.find(id)).hasValueSatisfying(u -> assertThat(u.enabled()).isTrue());
        assertThatThrownBy(() -> administration.disable(new DisableUser(id, id)))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "users.error.disableSelf")));
    }

    @Test
    void refusesToSaveAUserChangedMeanwhileByAnotherAdministrator() {
        long id = administration.create(new CreateUser(TestUsers.uniqueName("stale"), "Anna Verdi", null,
                Role.OFFICER, null, null, null)).user().id();
        AppUser first = appUsers.findById(id).orElseThrow();
        AppUser second = appUsers.findById(id).orElseThrow();
        first.disable();
        appUsers.save(first);

        second.changePassword("{noop}whatever");
        assertThatThrownBy(() -> appUsers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void searchesByTextRoleAndStatusOnePageAtATime() {
        String marker = TestUsers.uniqueName("page");
        for (int i = 0; i < 5; i++) {
            administration.create(new CreateUser(marker + "-" + i, "Persona " + i, null,
                    i % 2 == 0 ? Role.OFFICER : Role.ANALYST, null, null, null));
        }

        Page<UserSummary> second = administration.search(new UserQuery(marker.toUpperCase(), null, null), PageRequest.of(1, 2));
        Page<UserSummary> officers = administration.search(new UserQuery(marker, Role.OFFICER, true), PageRequest.of(0, 10));

        assertThat(second.getTotalElements()).isEqualTo(5);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(second.getContent()).extracting(UserSummary::username).containsExactly(marker + "-2", marker + "-3");
        assertThat(officers.getContent()).extracting(UserSummary::username)
                .containsExactly(marker + "-0", marker + "-2", marker + "-4");
        assertThat(administration.search(new UserQuery("%", null, null), PageRequest.of(0, 10)).getTotalElements())
                .isZero();
    }

    private List<String> create(String prefix, String password) {
        return create(prefix, password, Role.OFFICER, null);
    }

    private List<String> create(String prefix, String password, Role role, String region) {
        try {
            administration.create(new CreateUser(TestUsers.uniqueName(prefix), "Anna Verdi", null, role, null, region, password));
            return List.of();
        } catch (ViolationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }

    private static ObjectProvider<ProviderDirectory> directoryOf(ProviderOption... providers) {
        ProviderDirectory directory = new ProviderDirectory() {
            @Override
            public List<ProviderOption> options() {
                return List.of(providers);
            }

            @Override
            public Optional<ProviderOption> find(long id) {
                return options().stream().filter(p -> p.id() == id).findFirst();
            }
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("providerDirectory", directory);
        return beans.getBeanProvider(ProviderDirectory.class);
    }
}
