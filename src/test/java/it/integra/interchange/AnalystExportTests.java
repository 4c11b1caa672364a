package it.integra.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Names and tax codes never reach analysts: the exports that carry them are refused to them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalystExportTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    private ApiClient as(Role role) {
        return ApiClient.as(port, new TestUsers(jdbc, encoder).create("export-" + role.name().toLowerCase(), role),
                TestUsers.PASSWORD);
    }

    @Test
    void anAnalystIsRefusedEveryExportCarryingPeoplesNamesOrTaxCodes() {
        ApiClient analyst = as(Role.ANALYST);

        for (String dataset : new String[] {"participants", "clearances", "contracts"}) {
            HttpResponse<String> response = analyst.get("/api/v1/exports/" + dataset);
            assertThat(response.statusCode()).as(dataset).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).as(dataset)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(dataset).doesNotContain("tax_code");
        }
        assertThat(analyst.get("/api/v1/exports/calls").statusCode()).isEqualTo(200);
    }

    @Test
    void staffExportTheParticipantsAndAProviderDoesNot() {
        HttpResponse<String> officer = as(Role.OFFICER).get("/api/v1/exports/participants");
        HttpResponse<String> provider = as(Role.PROVIDER).get("/api/v1/exports/participants");

        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.body()).startsWith("tax_code,family_name,given_name");
        assertThat(provider.statusCode()).isEqualTo(403);
    }
}
