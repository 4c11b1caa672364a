package it.integra.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.TestUsers;
import it.integra.provider.ProviderTestData;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Exports give a provider's operator only its own provider's rows; the applications dataset comes back
 * unchanged when its export is imported again, and a file with bad rows is refused whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportScopeAndRoundTripTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ApiClient admin;
    String prefix;

    @BeforeEach
    void threeProvidersApplyingToTwoCalls() {
        admin = ApiClient.as(port, "admin", "admin-test-password");
        prefix = "RT" + System.nanoTime() % 1_000_000_000L;
        admin.importOk("calls", """
                call_code,programme,title,opens_on,closes_on,budget_eur
                %1$s-C1,PUOI,Avviso uno,2019-04-01,2020-12-31,900000
                %1$s-C2,PERCORSI,Avviso due,2018-02-01,2018-12-31,450000
                """.formatted(prefix));
        admin.importOk("providers", """
                provider_code,tax_code,name,type,province
                %1$s-P1,43321819609,Ente uno,TRAINING_BODY,RM
                %1$s-P2,89083863798,Ente due,THIRD_SECTOR,TO
                %1$s-P3,26542351163,Ente tre,TRAINING_BODY,SA
                """.formatted(prefix));
        admin.importOk("applications", """
                call_code,provider_code,submitted_on,outcome
                %1$s-C1,%1$s-P1,2019-04-10,ELIGIBLE
                %1$s-C2,%1$s-P1,2018-02-10,INELIGIBLE
                %1$s-C1,%1$s-P2,2019-04-11,PENDING
                %1$s-C1,%1$s-P3,2019-04-12,ELIGIBLE
                """.formatted(prefix));
    }

    @Test
    void aProviderOperatorExportsOnlyItsOwnProviderAndApplications() {
        long p1 = jdbc.sql("SELECT id FROM provider.provider WHERE code = :c").param("c", prefix + "-P1")
                .query(Long.class).single();
        ApiClient operator = ApiClient.as(port, new ProviderTestData(jdbc, encoder, null).operator(p1, false),
                TestUsers.PASSWORD);

        HttpResponse<String> providers = operator.get("/api/v1/exports/providers");
        HttpResponse<String> applications = operator.get("/api/v1/exports/applications");

        assertThat(providers.statusCode()).isEqualTo(200);
        assertThat(lines(providers)).hasSize(2);
        assertThat(lines(providers).get(1)).startsWith(prefix + "-P1,43321819609,Ente uno,TRAINING_BODY,RM");
        assertThat(applications.statusCode()).isEqualTo(200);
        assertThat(lines(applications)).containsExactly("call_code,provider_code,submitted_on,outcome",
                prefix + "-C1," + prefix + "-P1,2019-04-10,ELIGIBLE",
                prefix + "-C2," + prefix + "-P1,2018-02-10,INELIGIBLE");
        assertThat(lines(admin.get("/api/v1/exports/applications")))
                .contains(prefix + "-C1," + prefix + "-P2,2019-04-11,PENDING", prefix + "-C1," + prefix + "-P3,2019-04-12,ELIGIBLE");
    }

    @Test
    void theExportedApplicationsImportAgainUnchanged() {
        HttpResponse<String> export = admin.get("/api/v1/exports/applications");
        long rows = lines(export).size() - 1;
        long versions = versionSum();

        JsonNode answer = admin.importOk("applications", export.body());

        assertThat(rows).isGreaterThanOrEqualTo(4);
        assertThat(answer.get("rows").asLong()).isEqualTo(rows);
        assertThat(answer.get("inserted").asLong()).isZero();
        assertThat(answer.get("updated").asLong()).isZero();
        assertThat(answer.get("unchanged").asLong()).isEqualTo(rows);
        assertThat(versionSum()).isEqualTo(versions);
        assertThat(admin.get("/api/v1/exports/applications").body()).isEqualTo(export.body());
    }

    @Test
    void rowsNamingUnknownCallsOrProvidersOrABadOutcomeAreRefusedAndNothingIsWritten() {
        String before = admin.get("/api/v1/exports/applications").body();

        HttpResponse<String> response = admin.postCsv("/api/v1/imports/applications", """
                call_code,provider_code,submitted_on,outcome
                %1$s-C2,%1$s-P2,2018-03-01,ELIGIBLE
                %1$s-C9,%1$s-P3,2018-03-01,ELIGIBLE
                %1$s-C2,%1$s-P9,2018-03-01,ELIGIBLE
                %1$s-C2,%1$s-P3,2018-03-01,APPROVED
                %1$s-C1,%1$s-P1,2019-04-10,INELIGIBLE
                """.formatted(prefix));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = admin.json(response).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(error(errors.get(0))).startsWith("3|call_code|").contains(prefix + "-C9");
        assertThat(error(errors.get(1))).startsWith("4|provider_code|").contains(prefix + "-P9");
        assertThat(error(errors.get(2))).startsWith("5|outcome|").contains("APPROVED");
        assertThat(admin.get("/api/v1/exports/applications").body()).isEqualTo(before);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM provider.application a JOIN provider.provider p ON p.id = a.provider_id
                WHERE p.code LIKE :p""").param("p", prefix + "-%").query(Long.class).single()).isEqualTo(4);
    }

    private static String error(JsonNode error) {
        return error.get("row").asInt() + "|" + error.get("column").asString() + "|" + error.get("message").asString();
    }

    private long versionSum() {
        return jdbc.sql("SELECT coalesce(sum(version), 0) FROM provider.application").query(Long.class).single();
    }

    private static List<String> lines(HttpResponse<String> response) {
        return Arrays.stream(response.body().split("\r?\n")).filter(line -> !line.isEmpty()).toList();
    }
}
