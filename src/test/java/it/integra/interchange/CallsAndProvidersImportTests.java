package it.integra.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallsAndProvidersImportTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void emptyRegistry() {
        admin = ApiClient.as(port, "admin", "admin-test-password");
        TestData.empty(jdbc);
    }

    @Test
    void importsTheSampleCallsWithTheirCopiedModels() {
        JsonNode answer = admin.importOk("calls", ApiClient.resource("/sample/calls.csv"));

        assertThat(answer.get("dataset").asString()).isEqualTo("calls");
        assertThat(answer.get("rows").asLong()).isEqualTo(3);
        assertThat(answer.get("inserted").asLong()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT title FROM programme.call WHERE code = 'PERC-H2'").query(String.class).single())
                .isEqualTo("Percorsi, \"secondo\" avviso, prova");
        assertThat(jdbc.sql("""
                SELECT sum(model_hours) FROM programme.call_area a JOIN programme.call c ON c.id = a.call_id
                WHERE c.code = 'PUOI-H1' AND NOT a.optional""").query(Integer.class).single()).isEqualTo(68);
        assertThat(jdbc.sql("""
                SELECT sum(amount) FROM programme.call_endowment_line l JOIN programme.call c ON c.id = l.call_id
                WHERE c.code = 'PUOI-H1' AND NOT l.optional""").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("5940.00");
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        String providers = ApiClient.resource("/sample/providers.csv");
        long auditBefore = auditEntries();
        JsonNode first = admin.importOk("providers", providers);
        long auditAfterFirst = auditEntries();
        JsonNode second = admin.importOk("providers", providers);

        assertThat(auditAfterFirst - auditBefore).isEqualTo(160);
        assertThat(auditEntries()).isEqualTo(auditAfterFirst);

        assertThat(first.get("inserted").asLong()).isEqualTo(160);
        assertThat(second.get("rows").asLong()).isEqualTo(160);
        assertThat(second.get("inserted").asLong()).isZero();
        assertThat(second.get("updated").asLong()).isZero();
        assertThat(second.get("unchanged").asLong()).isEqualTo(160);
        assertThat(jdbc.sql("SELECT max(version) FROM provider.provider").query(Integer.class).single()).isZero();
    }

    private long auditEntries() {
        return jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'provider'").query(Long.class).single();
    }

    @Test
    void countsUpdatedRowsSeparately() {
        admin.importOk("providers", ApiClient.resource("/sample/providers.csv"));
        JsonNode answer = admin.importOk("providers", """
                provider_code,tax_code,name,type,province
                ENTE-0001,43321819609,"Ente Formazione 1, Roma",TRAINING_BODY,RM
                ENTE-0002,89083863798,"Ente Lavoro 2, TO",THIRD_SECTOR,TO
                ENTE-9999,12345678903,Nuovo ente,TRADE_UNION,to
                """);

        assertThat(List.of(answer.get("inserted").asLong(), answer.get("updated").asLong(),
                answer.get("unchanged").asLong())).containsExactly(1L, 1L, 1L);
        assertThat(jdbc.sql("SELECT province FROM provider.provider WHERE code = 'ENTE-9999'").query(String.class)
                .single()).isEqualTo("TO");
        assertThat(jdbc.sql("""
                SELECT a.before ->> 'name' || ' -> ' || (a.after ->> 'name') FROM platform.audit_entry a
                JOIN provider.provider p ON p.id = a.entity_id AND a.entity_type = 'provider'
                WHERE p.code = 'ENTE-0001' AND a.action = 'IMPORT_UPDATE'""").query(String.class).single())
                .isEqualTo("Ente Formazione 1, RM -> Ente Formazione 1, Roma");
    }

    @Test
    void aFileWithOneBadRowAmongGoodOnesWritesNothing() {
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/providers", """
                provider_code,tax_code,name,type,province
                ENTE-A,43321819609,Ente A,TRAINING_BODY,RM
                ENTE-B,43321819608,Ente B,TRAINING_BODY,RM
                ENTE-C,89083863798,Ente C,SCHOOL,XX
                ENTE-D,89083863798,Ente D,THIRD_SECTOR,TO
                """);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = admin.json(response).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("tax_code");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("type");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(2).get("column").asString()).isEqualTo("province");
        assertThat(errors.get(2).get("message").asString()).contains("XX");
        assertThat(jdbc.sql("SELECT count(*) FROM provider.provider").query(Integer.class).single()).isZero();
    }

    @Test
    void aBrokenQuoteFarIntoALargeFileIsReportedAtItsLineAndWritesNothing() {
        StringBuilder csv = providers(4_000);
        csv.append("ENTE-BROKEN,43321819609,\"Ente senza fine,TRAINING_BODY,RM\n");

        HttpResponse<String> response = admin.postCsv("/api/v1/imports/providers", csv.toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = admin.json(response).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(4_002);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("-");
        assertThat(jdbc.sql("SELECT count(*) FROM provider.provider").query(Integer.class).single()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-reader"));
    }

    @Test
    void aLargeImportLeavesThePlannerStatisticsOfItsTablesUpToDate() {
        admin.importOk("providers", providers(12_000).toString());

        assertThat(jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = 'provider.provider'::regclass")
                .query(Long.class).single()).isEqualTo(12_000);
    }

    private static StringBuilder providers(int count) {
        StringBuilder csv = new StringBuilder("provider_code,tax_code,name,type,province\n");
        for (int n = 1; n <= count; n++) {
            String digits = String.format("7%09d", n);
            csv.append("ENTE-").append(n).append(',').append(digits)
                    .append(it.integra.shared.TaxCode.numericCheckDigit(digits)).append(",Ente ").append(n)
                    .append(",TRAINING_BODY,RM\n");
        }
        return csv;
    }

    @Test
    void refusesUnknownAndMissingColumns() {
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/calls", """
                call_code,programme,title,opens_on,budget,budget_eur
                X,PUOI,Titolo,2020-01-01,1,1
                """);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = admin.json(response).get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
                .containsExactlyInAnyOrder("1:budget", "1:closes_on");
        assertThat(jdbc.sql("SELECT count(*) FROM programme.call").query(Integer.class).single()).isZero();
    }

    @Test
    void acceptsColumnsInAnyOrderAndRejectsRepeatedKeysAndBadDates() {
        HttpResponse<String> response = admin.postCsv("/api/v1/imports/calls", """
                budget_eur,closes_on,opens_on,title,programme,call_code
                10,2020-12-31,2020-01-01,A,PUOI,C1
                10,2020-12-31,2020-01-01,B,PUOI,C1
                10,2020-02-30,2020-01-01,C,PUOI,C2
                10,2019-12-31,2020-01-01,D,PUOI,C3
                -1,2020-12-31,2020-01-01,,NOPE,c 4
                """);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode errors = admin.json(response).get("errors");
        assertThat(errors).extracting(e -> e.get("row").asInt() + ":" + e.get("column").asString())
                .containsExactly("3:call_code", "4:closes_on", "5:closes_on", "6:call_code", "6:programme",
                        "6:title", "6:budget_eur");
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseReproducesTheRows() {
        admin.importOk("calls", ApiClient.resource("/sample/calls.csv"));
        admin.importOk("providers", ApiClient.resource("/sample/providers.csv"));
        String calls = admin.get("/api/v1/exports/calls").body();
        String providers = admin.get("/api/v1/exports/providers").body();

        emptyRegistry();
        admin.importOk("calls", calls);
        admin.importOk("providers", providers);

        assertThat(admin.get("/api/v1/exports/calls").body()).isEqualTo(calls);
        assertThat(admin.get("/api/v1/exports/providers").body()).isEqualTo(providers);
        assertThat(providers.lines().count()).isEqualTo(161);
        assertThat(providers.lines().findFirst()).hasValue("provider_code,tax_code,name,type,province");
        assertThat(calls).contains("PERC-H2,PERCORSI,\"Percorsi, \"\"secondo\"\" avviso, prova\",2018-02-01,2018-12-31,4500000.50");
    }

    @Test
    void answersUnknownDatasetsWithNotFound() {
        assertThat(admin.postCsv("/api/v1/imports/nothing", "a\n1\n").statusCode()).isEqualTo(404);
        assertThat(admin.get("/api/v1/exports/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnonymousAndUnprivilegedClients() {
        jdbc.sql("""
                INSERT INTO platform.app_user (username, display_name, password_hash, role)
                VALUES ('analyst-x', 'Analista', '{noop}analyst-password', 'ANALYST')
                ON CONFLICT DO NOTHING""").update();

        HttpResponse<String> anonymous = ApiClient.anonymous(port).postCsv("/api/v1/imports/calls", "x\n");
        HttpResponse<String> analyst = ApiClient.as(port, "analyst-x", "analyst-password")
                .postCsv("/api/v1/imports/calls", ApiClient.resource("/sample/calls.csv"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(analyst.statusCode()).isEqualTo(403);
        assertThat(analyst.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(jdbc.sql("SELECT count(*) FROM programme.call").query(Integer.class).single()).isZero();
    }
}
