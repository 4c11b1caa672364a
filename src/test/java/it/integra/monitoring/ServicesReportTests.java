package it.integra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.Today;
import it.integra.interchange.ApiClient;
import it.integra.participant.Fixtures;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The {@code services} report against a hand-built call: only pathways ever granted that have an
 * internship count; hours are summed by area; a pathway is complete in an area when its hours reach
 * the call's own model hours, while the model column shows the programme's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServicesReportTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    String suffix;
    long providerId;

    @BeforeEach
    void aProvider() {
        suffix = ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        providerId = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', 'Cooperativa servizi', 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", "SRVP-" + suffix).query(Long.class).single();
    }

    /** A call of the programme with a copy of its areas; returns its id. */
    private long call(String code, String programme) {
        long id = jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, :programme, 'Avviso servizi', :opens, :closes, 1000000, 'OPEN', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", code).param("programme", programme).param("opens", Today.date().minusYears(1))
                .param("closes", Today.date().plusMonths(3)).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO programme.call_area (call_id, area, position, model_hours, phase, hours_after_end, optional)
                SELECT :id, area, position, model_hours, phase, hours_after_end, optional FROM programme.programme_area
                WHERE programme_code = :programme""").param("id", id).param("programme", programme).update();
        return id;
    }

    /** A pathway of a new person in the call, with an internship or not, and its hours: area, then hours per day. */
    private long pathway(long callId, String status, boolean internship, Object... hours) {
        long person = jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date, citizenship,
                            target_group, housed_in_reception, prior_work_experience, professional_qualification,
                            language_knowledge)
                        VALUES (:tax, 'Servizi', 'Persona', 'M', '1995-01-01', 'GN', 'INTERNATIONAL_PROTECTION', true,
                            true, false, 'GOOD') RETURNING id""")
                .param("tax", Fixtures.provisionalCode()).query(Long.class).single();
        long clearance = jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                                                         requested_on, status, decided_on)
                        VALUES (:code, :call, :provider, :person, 'TO', '01', :on, :status,
                                CASE WHEN :status = 'REQUESTED' THEN NULL ELSE CAST(:on AS date) END) RETURNING id""")
                .param("code", TestUsers.uniqueName("NO-SRV").toUpperCase()).param("call", callId)
                .param("provider", providerId).param("person", person).param("on", Today.date().minusMonths(3))
                .param("status", status).query(Long.class).single();
        if (internship) {
            long host = jdbc.sql("""
                            INSERT INTO internship.host (tax_code, name, ateco, province)
                            VALUES ('98765432109', 'Ristorante', '56.10', 'TO')
                            ON CONFLICT (tax_code) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                    .query(Long.class).single();
            jdbc.sql("""
                            INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name,
                                host_ateco, host_section, host_province, start_date, planned_end_date, status)
                            VALUES (:code, :clearance, :host, '98765432109', 'Ristorante', '56.10', 'I', 'TO', :start,
                                    :end, 'ONGOING')""")
                    .param("code", TestUsers.uniqueName("TIR-SRV").toUpperCase()).param("clearance", clearance)
                    .param("host", host).param("start", Today.date().minusMonths(2))
                    .param("end", Today.date().plusMonths(4)).update();
        }
        for (int i = 0; i < hours.length; i += 2) {
            String area = (String) hours[i];
            int[] days = (int[]) hours[i + 1];
            for (int day = 0; day < days.length; day++) {
                jdbc.sql("""
                        INSERT INTO accounting.service_delivery (clearance_id, area, delivered_on, hours)
                        VALUES (:clearance, :area, :on, :hours)""")
                        .param("clearance", clearance).param("area", area)
                        .param("on", LocalDate.of(2024, 1, 1).plusDays(day)).param("hours", days[day]).update();
            }
        }
        return clearance;
    }

    private record Row(String area, String modelHours, long pathways, String hours, long complete) {
    }

    private static List<Row> rows(JsonNode report) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : report.get("rows")) {
            rows.add(new Row(row.get("area").asString(), row.get("modelHours").decimalValue().stripTrailingZeros()
                    .toPlainString(), row.get("pathways").asLong(), row.get("hours").decimalValue().stripTrailingZeros()
                    .toPlainString(), row.get("complete").asLong()));
        }
        return rows;
    }

    @Test
    void countsPathwaysHoursAndCompletedAreasOfTheGrantedPathwaysWithAnInternship() {
        String code = "SRV-" + suffix;
        long callId = call(code, "PUOI");
        // the call asks 10 tutoring hours where the programme's model asks 16
        jdbc.sql("UPDATE programme.call_area SET model_hours = 10 WHERE call_id = :id AND area = 'TUTORING'")
                .param("id", callId).update();
        pathway(callId, "GRANTED", true, "INTAKE", new int[] {4}, "SPECIALIST_GUIDANCE", new int[] {8, 2},
                "TUTORING", new int[] {8, 4});
        pathway(callId, "GRANTED", true, "INTAKE", new int[] {3}, "SPECIALIST_GUIDANCE", new int[] {8, 8},
                "JOB_SEARCH_GUIDANCE", new int[] {8, 8, 8, 8});
        pathway(callId, "GRANTED", false, "INTAKE", new int[] {4}, "SPECIALIST_GUIDANCE", new int[] {8, 8});
        pathway(callId, "REQUESTED", false, "INTAKE", new int[] {4});
        pathway(call("SRV-OTHER-" + suffix, "PUOI"), "GRANTED", true, "INTAKE", new int[] {4});
        ApiClient analyst = ApiClient.as(port, new TestUsers(jdbc, encoder).create("services-analyst", Role.ANALYST),
                TestUsers.PASSWORD);

        HttpResponse<String> response = analyst.get("/api/v1/reports/services?call=" + code);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rows(analyst.json(response))).containsExactly(
                new Row("INTAKE", "4", 2, "7", 1),
                new Row("SPECIALIST_GUIDANCE", "16", 2, "26", 1),
                new Row("TUTORING", "16", 1, "12", 1),
                new Row("JOB_SEARCH_GUIDANCE", "32", 1, "32", 1),
                new Row("COVID_GUIDANCE", "24", 0, "0", 0));
    }

    @Test
    void refusesCallsOfTwoProgrammesInOneRequest() {
        String puoi = "SRV-P-" + suffix;
        String percorsi = "SRV-R-" + suffix;
        call(puoi, "PUOI");
        call(percorsi, "PERCORSI");

        HttpResponse<String> response = ApiClient.as(port, "admin", "admin-test-password")
                .get("/api/v1/reports/services?call=" + puoi + "&call=" + percorsi);

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
