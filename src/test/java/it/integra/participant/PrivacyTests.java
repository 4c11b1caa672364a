package it.integra.participant;

import it.integra.Today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.monitoring.MonitoringReports;
import it.integra.monitoring.ReportFilter;
import it.integra.monitoring.Reports.Profile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import it.integra.shared.TargetGroup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Subject-access export, and erasure after the retention period that leaves the reports' counts intact. */
@SpringBootTest
class PrivacyTests {

    private static final LocalDate BIRTH = LocalDate.of(1990, 7, 21);

    @Autowired
    ParticipantManagement management;
    @Autowired
    IntakeManagement intakes;
    @Autowired
    ParticipantPrivacy privacy;
    @Autowired
    ParticipantDocuments documents;
    @Autowired
    ParticipantRecords records;
    @Autowired
    MonitoringReports reports;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    Fixtures fixtures;
    Fixtures.Operator operator;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, encoder);
        operator = fixtures.providerWithOperator("privacy");
        admin = fixtures.staff(Role.ADMIN);
    }

    private long registerWithAttachment(String code) {
        long id = management.register(new RegisterParticipant(code, Fixtures.data("Haile", "Selam", BIRTH,
                TargetGroup.INTERNATIONAL_PROTECTION), null), operator.user());
        documents.upload(id, new UploadDocument(DocumentKind.PRIVACY_NOTICE, "informativa.pdf", "application/pdf",
                "%PDF-1.7 firmata".getBytes(StandardCharsets.US_ASCII)), operator.user());
        return id;
    }

    @AfterEach
    void removeWhatWasCreated() {
        fixtures.removeCreated();
    }

    @Test
    void theSubjectAccessExportHoldsEveryPartOfTheRecordAndTheAttachments() throws Exception {
        String code = Fixtures.provisionalCode();
        long id = registerWithAttachment(code);

        Map<String, String> zip = unzip(privacy.export(id, fixtures.staff(Role.OFFICER)));

        assertThat(zip).containsKey("personal-data.json");
        assertThat(zip.get("personal-data.json")).contains(code, "Haile", "Selam", "SUBSIDIARY_PROTECTION", "I1234567",
                "Muratore in Libia", "\"level\" : \"A1\"", "intakes", "informativa.pdf", "\"action\" : \"EXPORT\"");
        assertThat(zip.keySet()).anyMatch(name -> name.startsWith("documents/") && name.endsWith("-informativa.pdf"));
        assertThatThrownBy(() -> privacy.export(id, operator.user())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void erasureAfterTheRetentionPeriodKeepsTheReportCountsAndForgetsWhoThePersonWas() {
        String code = Fixtures.provisionalCode();
        long id = registerWithAttachment(code);
        long oldCall = fixtures.closedCall(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 6, 30));
        String callCode = jdbc.sql("SELECT code FROM programme.call WHERE id = :id").param("id", oldCall)
                .query(String.class).single();
        long clearance = fixtures.clearance(oldCall, operator.user().providerId(), id, "GRANTED", LocalDate.of(2013, 1, 10));
        fixtures.internship(clearance, LocalDate.of(2013, 2, 1), "COMPLETED");
        jdbc.sql("UPDATE participant.intake SET taken_on = '2012-12-01', closed_on = '2013-09-30', action_plan = 'Piano di Selam', "
                + "action_plan_on = '2012-12-15' WHERE participant_id = :id").param("id", id).update();
        ReportFilter filter = new ReportFilter(List.of(callCode), null, null, Today.date());
        Profile before = reports.profile(filter);
        long internshipsBefore = internshipsOfCall(oldCall);

        // the call (closed 2013-06-30, kept 10 years) governs, not the intake closed after it
        assertThat(privacy.retention(id).erasableFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        privacy.erase(id, admin);

        Profile after = reports.profile(filter);
        assertThat(before.base()).isEqualTo(1);
        assertThat(after).isEqualTo(before);
        assertThat(internshipsOfCall(oldCall)).isEqualTo(internshipsBefore).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("SELECT * FROM participant.participant WHERE id = :id").param("id", id)
                .query().singleRow();
        assertThat(row.get("tax_code").toString()).startsWith("ANON").isNotEqualTo(code);
        assertThat(row).containsEntry("phone", null).containsEntry("address", null).containsEntry("permit_number", null)
                .containsEntry("work_experience", null).containsEntry("given_name", "");
        assertThat(row.get("family_name")).isEqualTo(row.get("pseudonym"));
        assertThat(row.get("birth_date").toString()).isEqualTo("1990-01-01");
        assertThat(jdbc.sql("SELECT count(*) FROM participant.document WHERE participant_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM participant.intake WHERE participant_id = :id AND action_plan IS NULL")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
        assertThat(records.search(new ParticipantQuery(code, null, null, null, null, false),
                org.springframework.data.domain.PageRequest.of(0, 5), admin).getContent()).isEmpty();
    }

    @Test
    void refusesToEraseWhileTheRetentionPeriodRunsOrThePersonIsInCharge() {
        long id = registerWithAttachment(Fixtures.provisionalCode());
        assertThatThrownBy(() -> privacy.erase(id, admin)).isInstanceOfSatisfying(ViolationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("participant.erase.inCharge"));

        long intake = intakes.intakes(id, admin).get(0).id();
        intakes.close(id, intake, operator.user());
        Retention retention = privacy.retention(id);
        assertThat(retention.erasableFrom()).isEqualTo(Today.date().plusYears(10).plusDays(1));
        assertThatThrownBy(() -> privacy.erase(id, admin)).isInstanceOfSatisfying(ViolationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo("participant.erase.tooEarly"));
        assertThatThrownBy(() -> privacy.erase(id, fixtures.staff(Role.OFFICER))).isInstanceOf(AccessDeniedException.class);
        assertThat(privacy.retentionYears()).isEqualTo(10);
    }

    private long internshipsOfCall(long callId) {
        return jdbc.sql("""
                        SELECT count(DISTINCT k.participant_id) FROM internship.internship i
                        JOIN clearance.clearance k ON k.id = i.clearance_id WHERE k.call_id = :call""")
                .param("call", callId).query(Long.class).single();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
