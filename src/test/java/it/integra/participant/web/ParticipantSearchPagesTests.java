package it.integra.participant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import it.integra.Today;
import it.integra.participant.Fixtures;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.RegisterParticipant;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The participants' list: each filter (call, provider, target group, status) and the pages of 20. */
@SpringBootTest
class ParticipantSearchPagesTests {

    private static final Pattern PERSON_LINK = Pattern.compile("href=\"/participants/(\\d+)\"");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ParticipantManagement management;
    @Autowired
    CallManagement calls;

    MockMvc mvc;
    Fixtures fixtures;
    Fixtures.Operator first;
    Fixtures.Operator second;
    String family;

    @BeforeEach
    void twoProviders() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fixtures = new Fixtures(jdbc, encoder);
        first = fixtures.providerWithOperator("search-a");
        second = fixtures.providerWithOperator("search-b");
        family = "Filtro" + letters(ProcessHandle.current().pid() * 100 + SEQUENCE.incrementAndGet());
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    /** A family name unique within the run, in letters only as names are. */
    private static String letters(long n) {
        StringBuilder text = new StringBuilder();
        for (long rest = n; rest > 0; rest /= 26) {
            text.append((char) ('a' + rest % 26));
        }
        return text.toString();
    }

    private long person(String given, TargetGroup group, Fixtures.Operator operator) {
        return management.register(new RegisterParticipant(Fixtures.provisionalCode(), Fixtures.data(family, given,
                LocalDate.of(1996, 4, 4), group), null), operator.user());
    }

    private String providerCode(Fixtures.Operator operator) {
        return jdbc.sql("SELECT code FROM provider.provider WHERE id = :id").param("id", operator.user().providerId())
                .query(String.class).single();
    }

    private List<Long> shown(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString();
        List<Long> ids = new ArrayList<>();
        Matcher links = PERSON_LINK.matcher(page);
        while (links.find()) {
            ids.add(Long.parseLong(links.group(1)));
        }
        return ids;
    }

    private MockHttpServletRequestBuilder search() {
        return get("/participants").param("q", family);
    }

    @Test
    void eachFilterKeepsOnlyThePeopleItDescribes() throws Exception {
        CurrentUser admin = fixtures.staff(Role.ADMIN);
        CallDetails call = Fixtures.openCall(calls, admin, "PUOI");
        long anna = person("Anna", TargetGroup.INTERNATIONAL_PROTECTION, first);
        long bruno = person("Bruno", TargetGroup.HUMANITARIAN_PROTECTION, first);
        long carlo = person("Carlo", TargetGroup.INTERNATIONAL_PROTECTION, second);
        long dario = person("Dario", TargetGroup.SPECIAL_CASE, second);
        fixtures.clearance(call.id(), first.user().providerId(), anna, "GRANTED", Today.date());
        fixtures.clearance(call.id(), second.user().providerId(), carlo, "REQUESTED", Today.date());
        jdbc.sql("UPDATE participant.intake SET closed_on = :today WHERE participant_id = :id")
                .param("today", Today.date()).param("id", dario).update();
        MockHttpSession staff = WebSessions.login(mvc, admin.username(), TestUsers.PASSWORD);

        assertThat(shown(staff, search())).containsExactly(anna, bruno, carlo, dario);
        assertThat(shown(staff, search().param("call", call.code()))).containsExactly(anna, carlo);
        assertThat(shown(staff, search().param("provider", providerCode(first)))).containsExactly(anna, bruno);
        assertThat(shown(staff, search().param("provider", providerCode(second)))).containsExactly(carlo);
        assertThat(shown(staff, search().param("group", "INTERNATIONAL_PROTECTION"))).containsExactly(anna, carlo);
        assertThat(shown(staff, search().param("status", "CLEARANCE_GRANTED"))).containsExactly(anna);
        assertThat(shown(staff, search().param("status", "CLEARANCE_REQUESTED"))).containsExactly(carlo);
        assertThat(shown(staff, search().param("status", "IN_CHARGE"))).containsExactly(bruno);
        assertThat(shown(staff, search().param("status", "REGISTERED"))).containsExactly(dario);
        assertThat(shown(staff, search().param("call", call.code()).param("group", "INTERNATIONAL_PROTECTION")
                .param("provider", providerCode(second)))).containsExactly(carlo);
        assertThat(shown(staff, search().param("group", "SPECIAL_CASE").param("status", "IN_CHARGE"))).isEmpty();
    }

    @Test
    void anOperatorsProviderFilterIsAlwaysItsOwn() throws Exception {
        long anna = person("Anna", TargetGroup.INTERNATIONAL_PROTECTION, first);
        person("Carlo", TargetGroup.INTERNATIONAL_PROTECTION, second);
        MockHttpSession operator = WebSessions.login(mvc, first.username(), TestUsers.PASSWORD);

        assertThat(shown(operator, search())).containsExactly(anna);
        assertThat(shown(operator, search().param("provider", providerCode(second)))).containsExactly(anna);
    }

    @Test
    void theListShowsTwentyPeopleAPageInNameOrder() throws Exception {
        List<Long> people = new ArrayList<>();
        for (int n = 0; n < 21; n++) {
            people.add(person("Persona" + (char) ('a' + n), TargetGroup.INTERNATIONAL_PROTECTION, first));
        }
        MockHttpSession staff = WebSessions.login(mvc, fixtures.staff(Role.OFFICER).username(), TestUsers.PASSWORD);

        List<Long> firstPage = shown(staff, search());
        List<Long> secondPage = shown(staff, search().param("page", "1"));

        assertThat(firstPage).containsExactlyElementsOf(people.subList(0, 20));
        assertThat(secondPage).containsExactly(people.get(20));
        assertThat(shown(staff, search().param("page", "2"))).isEmpty();
    }
}
