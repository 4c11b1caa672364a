package it.integra.provider.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.programme.CallManagement;
import it.integra.provider.ApplicationDetails;
import it.integra.provider.ApplicationManagement;
import it.integra.provider.NewAttachment;
import it.integra.provider.ProviderTestData;
import it.integra.provider.ProviderTestData.Provider;
import it.integra.provider.SubmitApplication;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A provider's operator sees and changes only its own provider, applications, operators and
 * documents: every page and endpoint of the provider module, tried on another provider's records,
 * answers 404 (or 403 where the role alone forbids it). Users log in for real, so the application's
 * own principal is in the session.
 */
@SpringBootTest
class ProviderScopeTests {

    static final byte[] PDF = "%PDF-1.4\nriservato\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CallManagement calls;
    @Autowired
    ApplicationManagement applications;

    MockMvc mvc;
    ProviderTestData data;
    Provider own;
    Provider other;
    String lead;
    String plain;
    CurrentUser otherOperator;
    ApplicationDetails ownApplication;
    ApplicationDetails otherApplication;
    String call;

    @BeforeEach
    void twoProvidersWithTheirOperatorsAndApplications() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data = new ProviderTestData(jdbc, encoder, calls);
        own = data.provider();
        other = data.provider();
        lead = data.operator(own.id(), true);
        plain = data.operator(own.id(), false);
        otherOperator = data.user(data.operator(other.id(), true));
        call = data.openCall();
        ownApplication = applications.submit(new SubmitApplication(call, true, List.of(NewAttachment.of("mio.pdf", PDF))),
                data.user(plain));
        otherApplication = applications.submit(new SubmitApplication(call, true,
                List.of(NewAttachment.of("altrui.pdf", PDF))), otherOperator);
    }

    @Test
    void everyPageOfAnotherProviderIsNotFoundForAnOperatorEvenItsLead() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, lead, TestUsers.PASSWORD);
        long otherAttachment = otherApplication.attachments().get(0).id();
        Map<String, RequestBuilder> requests = new LinkedHashMap<>();
        requests.put("provider page", get("/providers/{id}", other.id()));
        requests.put("edit form", get("/providers/{id}/edit", other.id()));
        requests.put("edit", post("/providers/{id}", other.id()).param("version", "0").param("email", "x@y.it"));
        requests.put("new operator form", get("/providers/{id}/operators/new", other.id()));
        requests.put("create operator", post("/providers/{id}/operators", other.id()).param("username", TestUsers.uniqueName("intruso"))
                .param("displayName", "Intruso"));
        requests.put("disable operator", post("/providers/{id}/operators/{o}/disable", other.id(), otherOperator.id()));
        requests.put("enable operator", post("/providers/{id}/operators/{o}/enable", other.id(), otherOperator.id()));
        requests.put("disable another's operator through one's own provider",
                post("/providers/{id}/operators/{o}/disable", own.id(), otherOperator.id()));
        requests.put("application page", get("/providers/applications/{id}", otherApplication.id()));
        requests.put("attachment", get("/providers/applications/{id}/attachments/{f}", otherApplication.id(), otherAttachment));
        requests.put("another's attachment through one's own application",
                get("/providers/applications/{id}/attachments/{f}", ownApplication.id(), otherAttachment));

        assertThat(statuses(session, requests)).allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo(404));
        assertThat(jdbc.sql("SELECT enabled FROM platform.app_user WHERE id = :id").param("id", otherOperator.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(data.auditEntries("provider", other.id(), "EDIT")).isZero();
    }

    @Test
    void theOwnProvidersPagesAnswerTheOperator() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, lead, TestUsers.PASSWORD);
        Map<String, RequestBuilder> requests = new LinkedHashMap<>();
        requests.put("provider page", get("/providers/{id}", own.id()));
        requests.put("edit form", get("/providers/{id}/edit", own.id()));
        requests.put("new operator form", get("/providers/{id}/operators/new", own.id()));
        requests.put("application page", get("/providers/applications/{id}", ownApplication.id()));
        requests.put("attachment", get("/providers/applications/{id}/attachments/{f}", ownApplication.id(),
                ownApplication.attachments().get(0).id()));
        requests.put("application form", get("/providers/applications/new"));

        assertThat(statuses(session, requests)).allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo(200));
    }

    @Test
    void whatOnlyTheAuthorityDoesIsForbiddenToOperators() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, lead, TestUsers.PASSWORD);
        Map<String, RequestBuilder> requests = new LinkedHashMap<>();
        requests.put("new provider form", get("/providers/new"));
        requests.put("register provider", post("/providers").param("code", TestUsers.uniqueName("X")));
        requests.put("decide one's own application", post("/providers/applications/{id}/decision", ownApplication.id())
                .param("outcome", "ELIGIBLE").param("version", "0"));
        requests.put("decide another's application", post("/providers/applications/{id}/decision", otherApplication.id())
                .param("outcome", "ELIGIBLE").param("version", "0"));
        requests.put("name the lead", post("/providers/{id}/operators/{o}/lead", own.id(), data.user(plain).id())
                .param("lead", "true"));

        assertThat(statuses(session, requests)).allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo(403));
        assertThat(applications.find(ownApplication.id(), ProviderTestData.ADMIN).orElseThrow().status().name())
                .isEqualTo("PENDING");
    }

    @Test
    void anOperatorWhoIsNotTheLeadCannotManageOperators() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, plain, TestUsers.PASSWORD);
        String colleague = data.operator(own.id(), false);
        Map<String, RequestBuilder> requests = new LinkedHashMap<>();
        requests.put("new operator form", get("/providers/{id}/operators/new", own.id()));
        requests.put("create operator", post("/providers/{id}/operators", own.id()).param("username", TestUsers.uniqueName("n"))
                .param("displayName", "N"));
        requests.put("disable operator", post("/providers/{id}/operators/{o}/disable", own.id(), data.user(colleague).id()));

        assertThat(statuses(session, requests)).allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo(403));
        assertThat(page(session, get("/providers/{id}", own.id()))).doesNotContain("id=\"new-operator\"", "/disable");
    }

    @Test
    void theApplicationListsShowAnOperatorOnlyItsOwn() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, plain, TestUsers.PASSWORD);

        MockHttpServletResponse queue = mvc.perform(get("/providers/applications").session(session)).andReturn().getResponse();
        String section = page(session, get("/providers/applications").param("call", call)
                .header("HX-Request", "true").header("HX-Target", "call-applications"));
        String list = page(session, get("/providers").header("HX-Request", "true"));

        assertThat(queue.getRedirectedUrl()).isEqualTo("/providers/" + own.id() + "#applications");
        assertThat(section).contains(own.name()).doesNotContain(other.name());
        assertThat(list).contains(own.code()).doesNotContain(other.code());
    }

    @Test
    void submittingAlwaysAppliesForTheOperatorsOwnProvider() throws Exception {
        MockHttpSession session = WebSessions.login(mvc, otherOperator.username(), TestUsers.PASSWORD);
        String second = data.openCall();

        mvc.perform(multipart("/providers/applications").session(session).with(csrf())
                .param("call", second).param("declaration", "true").param("providerId", String.valueOf(own.id())));

        assertThat(jdbc.sql("""
                        SELECT a.provider_id FROM provider.application a JOIN programme.call c ON c.id = a.call_id
                        WHERE c.code = :call""").param("call", second).query(Long.class).list())
                .containsExactly(other.id());
    }

    @Test
    void theApiAnswersNotFoundForAnotherProviderAndTheOwnOneInFull() throws Exception {
        var credentials = httpBasic(lead, TestUsers.PASSWORD);

        MockHttpServletResponse others = mvc.perform(get("/api/v1/providers/{code}", other.code()).with(credentials)).andReturn().getResponse();
        MockHttpServletResponse othersApplications = mvc.perform(get("/api/v1/providers/{code}/applications", other.code())
                .with(credentials)).andReturn().getResponse();
        MockHttpServletResponse mine = mvc.perform(get("/api/v1/providers/{code}", own.code()).with(credentials)).andReturn().getResponse();
        MockHttpServletResponse myApplications = mvc.perform(get("/api/v1/providers/{code}/applications", own.code())
                .with(credentials)).andReturn().getResponse();

        assertThat(others.getStatus()).isEqualTo(404);
        assertThat(others.getContentType()).isEqualTo("application/problem+json");
        assertThat(othersApplications.getStatus()).isEqualTo(404);
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentAsString()).contains("\"code\":\"" + own.code() + "\"", "\"seats\":[]");
        assertThat(myApplications.getContentAsString()).contains("\"callCode\":\"" + call + "\"", "\"status\":\"PENDING\"")
                .doesNotContain(other.code());
    }

    @Test
    void analystsHaveNoProviderPagesOrApiAndAnonymousCallersNoApi() throws Exception {
        String analyst = data.staff(Role.ANALYST);
        MockHttpSession session = WebSessions.login(mvc, analyst, TestUsers.PASSWORD);

        assertThat(mvc.perform(get("/providers/{id}", own.id()).session(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/providers/applications/{id}", ownApplication.id()).session(session)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/providers/{code}", own.code()).with(httpBasic(analyst, TestUsers.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/providers/{code}", own.code())).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(page(session, get("/providers/applications").param("call", call)
                .header("HX-Request", "true").header("HX-Target", "call-applications")))
                .contains(own.name(), other.name()).doesNotContain("/providers/applications/" + ownApplication.id());
    }

    private Map<String, Integer> statuses(MockHttpSession session, Map<String, RequestBuilder> requests) throws Exception {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (Map.Entry<String, RequestBuilder> request : requests.entrySet()) {
            AbstractMockHttpServletRequestBuilder<?> builder = (AbstractMockHttpServletRequestBuilder<?>) request.getValue();
            statuses.put(request.getKey(), mvc.perform(builder.session(session).with(csrf())).andReturn().getResponse().getStatus());
        }
        return statuses;
    }

    private String page(MockHttpSession session, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }
}
