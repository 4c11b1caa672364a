package it.integra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import it.integra.AccessDeclarations.Audience;
import it.integra.AccessDeclarations.Declaration;
import it.integra.AccessDeclarations.Expectation;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, as its request mappings list them, asked by every audience with
 * real ids of the owning provider's objects, answers as {@code access-matrix.txt} declares; no
 * provider's operator reads the other provider's data, and neither analysts nor anonymous visitors
 * read a person's name, tax code or IBAN. A route without a declaration fails the build, so a new
 * route cannot be forgotten.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    AccessMatrixData data;
    Map<String, String> values;
    final Map<Audience, String[]> credentials = new EnumMap<>(Audience.class);
    final Map<Audience, MockHttpSession> sessions = new EnumMap<>(Audience.class);

    @BeforeAll
    void twoProvidersWithEverythingAPathwayHolds() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data = new AccessMatrixData(context);
        credentials.put(Audience.ADMIN, new String[] {data.administrator, TestUsers.PASSWORD});
        credentials.put(Audience.OFFICER, new String[] {data.officer, TestUsers.PASSWORD});
        credentials.put(Audience.PROVIDER_OWN, new String[] {data.own.operator(), TestUsers.PASSWORD});
        credentials.put(Audience.PROVIDER_OTHER, new String[] {data.other.operator(), TestUsers.PASSWORD});
        credentials.put(Audience.ANALYST, new String[] {data.analyst, TestUsers.PASSWORD});
        credentials.put(Audience.ANALYST_REGION, new String[] {data.regionAnalyst, TestUsers.PASSWORD});
        for (Map.Entry<Audience, String[]> user : credentials.entrySet()) {
            sessions.put(user.getKey(), WebSessions.login(mvc, user.getValue()[0], user.getValue()[1]));
        }
        values = data.values();
        values.put("job", AccessMatrixData.rejectedImport(mvc, sessions.get(Audience.ADMIN)));
    }

    @Test
    void everyRouteHasADeclarationAndEveryDeclarationARoute() throws Exception {
        Map<String, AccessRoutes.Route> routes = routes();
        Map<String, List<Declaration>> declared = AccessDeclarations.read();

        assertThat(routes.keySet().stream().filter(route -> !declared.containsKey(route)))
                .as("routes without a line in %s", AccessDeclarations.FILE).isEmpty();
        assertThat(declared.keySet().stream().filter(route -> !routes.containsKey(route)))
                .as("lines of %s that match no route", AccessDeclarations.FILE).isEmpty();
    }

    @Test
    void everyRouteAnswersEveryAudienceAsDeclaredAndLeaksNothing() throws Exception {
        List<Call> calls = calls();
        AccessReport report = new AccessReport(this::forbidden);
        report.skipped = (int) calls.stream().filter(call -> call.expected().skip()).count();
        long started = System.nanoTime();
        // reads first, then writes that must be refused, then writes that are allowed: an allowed write may change the data
        List<Predicate<Call>> phases = List.of(call -> !call.route().write(),
                call -> call.route().write() && call.expected().refusal(),
                call -> call.route().write() && call.expected().ok());
        for (Predicate<Call> phase : phases) {
            for (Call call : calls.stream().filter(phase).toList()) {
                report.record(call, send(call));
            }
        }
        System.out.println(report + "\nin " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(report.failures).as("routes that answered otherwise than declared, or leaked").isEmpty();
    }

    /** Every declared route for every audience, in the order of the routes' keys. */
    private List<Call> calls() throws Exception {
        Map<String, List<Declaration>> declared = AccessDeclarations.read();
        List<Call> calls = new ArrayList<>();
        for (AccessRoutes.Route route : routes().values()) {
            for (Declaration declaration : declared.getOrDefault(route.key(), List.of())) {
                for (Audience audience : Audience.values()) {
                    calls.add(new Call(route, declaration, audience, declaration.expected().get(audience),
                            declaration.url(route.pattern(), values)));
                }
            }
        }
        return calls;
    }

    private Map<String, AccessRoutes.Route> routes() {
        return AccessRoutes.of(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
    }

    /** A value that no answer ever showed would make the search for it vacuous: the owner sees each of them. */
    @Test
    void everyValueSearchedForIsShownToItsOwner() throws Exception {
        AccessMatrixOrg.Secrets secrets = data.own.secrets();
        String person = "/participants/" + data.own.participantId();

        assertThat(page(person)).contains(secrets.familyName(), secrets.givenName(), secrets.taxCode());
        assertThat(page(person + "?tab=documents")).contains(secrets.documentName());
        assertThat(page("/accounting/payees/PARTICIPANT/" + data.own.participantId()))
                .containsAnyOf(secrets.iban(), AccessMatrixOrg.spaced(secrets.iban()));
        assertThat(page("/providers/applications/" + data.own.applicationId())).contains(secrets.attachmentName());
        assertThat(page("/clearances/" + data.own.clearanceId())).contains(secrets.clearanceCode());
        assertThat(page("/internships/" + data.own.internshipId())).contains(secrets.internshipCode());
        assertThat(page("/accounting/claims/" + data.own.claimId())).contains(secrets.claimCode());
        assertThat(page("/internships/hosts/" + data.own.hostId())).contains(secrets.tutorContact());
        MvcResult export = mvc.perform(MockMvcRequestBuilders.get("/api/v1/exports/clearances")
                .with(httpBasic(data.own.operator(), TestUsers.PASSWORD))).andReturn();
        assertThat(mvc.perform(asyncDispatch(export)).andReturn().getResponse().getContentAsString())
                .contains(secrets.clearanceCode(), secrets.taxCode());
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(url)
                .session(sessions.get(Audience.PROVIDER_OWN))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    record Call(AccessRoutes.Route route, Declaration declaration, Audience audience, Expectation expected, String url) {

        String name() {
            return "line " + declaration.line() + " " + route.key() + " as " + audience.column;
        }
    }

    private MockHttpServletResponse send(Call call) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = call.route().request(call.url());
        String[] user = credentials.get(call.audience());
        if (user != null && call.route().api()) {
            request.with(httpBasic(user[0], user[1]));
        } else if (user != null) {
            request.session(sessions.get(call.audience()));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getRequest().isAsyncStarted()) {
                result = mvc.perform(asyncDispatch(result)).andReturn();
            }
            return result.getResponse();
        } catch (Exception escaped) {
            // what the servlet container would answer for an exception no handler took
            MockHttpServletResponse response = new MockHttpServletResponse();
            response.setStatus(500);
            response.getWriter().write(String.valueOf(escaped.getCause() == null ? escaped : escaped.getCause()));
            return response;
        }
    }

    /** The values a response to this audience must never contain. */
    List<String> forbidden(Audience audience) {
        List<String> values = new ArrayList<>();
        switch (audience) {
            case ADMIN, OFFICER -> { }
            case PROVIDER_OWN -> {
                values.addAll(data.other.secrets().personal());
                values.addAll(data.other.secrets().organisational());
            }
            case PROVIDER_OTHER -> {
                values.addAll(data.own.secrets().personal());
                values.addAll(data.own.secrets().organisational());
            }
            case ANALYST_REGION -> {
                values.addAll(data.own.secrets().personal());
                values.addAll(data.other.secrets().personal());
                values.addAll(data.other.secrets().regional());
            }
            default -> {
                values.addAll(data.own.secrets().personal());
                values.addAll(data.other.secrets().personal());
            }
        }
        return values;
    }
}
