package it.integra.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.platform.WebSessions;
import it.integra.platform.database.Backups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The backups page under Amministrazione: reached from the administration page, takes a backup and lists it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupPagesTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Backups backups;

    MockMvc mvc;
    MockHttpSession admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = WebSessions.login(mvc, new TestUsers(jdbc, encoder).create("backup-admin", Role.ADMIN), TestUsers.PASSWORD);
    }

    @Test
    void anAdministratorTakesABackupOnThePageAndFindsItListedToDownload() throws Exception {
        assertThat(page("/admin")).contains("href=\"/admin/backups\"", "Backup");

        MockHttpServletResponse created = mvc.perform(post("/admin/backups").with(csrf()).session(admin))
                .andReturn().getResponse();
        String name = backups.list().get(0).name();
        String listed = page("/admin/backups");

        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/backups");
        assertThat(listed).contains("Backup " + name + " creato.", "Crea un backup ora",
                "href=\"/api/v1/admin/backups/" + name + "\"", "--integra.restore-from=FILE");
        MockHttpServletResponse download = mvc.perform(get("/api/v1/admin/backups/" + name).session(admin))
                .andReturn().getResponse();
        assertThat(download.getStatus()).as("the page's link downloads with the signed-in session").isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/zip");
        assertThat((long) download.getContentAsByteArray().length).isEqualTo(backups.list().get(0).size());
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).session(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
