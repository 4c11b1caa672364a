package it.integra.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.interchange.ApiClient;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportRejectedException;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.RowError;
import it.integra.internship.InternshipEvents.AttendanceRecorded;
import it.integra.internship.internal.AttendancePolicy;
import it.integra.platform.CurrentUser;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class AttendanceImportTests {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final String HEADER = "internship_code,month,planned_hours,attended_hours\n";

    @Autowired
    InternshipManagement management;
    @Autowired
    AttendanceRegister register;
    @Autowired
    InterchangeManagement interchange;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    /** An internship that started 95 days ago: months 1 to 4 have begun, 5 and 6 have not. */
    private InternshipView started(InternshipFixture fixture) {
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(100, host, 50);
        return management.start(fixture.start(clearance, host, 50, fixture.today.minusDays(95)), fixture.operator);
    }

    private static String month(InternshipView internship, int number) {
        return internship.startDate().plusMonths(number - 1L).format(YEAR_MONTH);
    }

    private ImportResult importCsv(String csv, CurrentUser user) {
        return interchange.importCsv("attendance", new StringReader(HEADER + csv), user, ImportProgress.NONE);
    }

    private BigDecimal allowanceAccrued(InternshipView internship) {
        return jdbc.sql("""
                        SELECT coalesce(sum(amount), 0) FROM accounting.ledger_entry
                        WHERE clearance_id = :id AND kind = 'ACCRUAL' AND month IS NOT NULL""")
                .param("id", internship.clearanceId()).query(BigDecimal.class).single();
    }

    private long recordedMonths(InternshipView internship) {
        return jdbc.sql("SELECT count(*) FROM internship.attendance WHERE internship_id = :id")
                .param("id", internship.id()).query(Long.class).single();
    }

    @Test
    void importsMonthsCountsThemAndAccruesTheAllowancesAsAnEntryOnThePageWould() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);

        ImportResult result = importCsv(internship.code() + "," + month(internship, 1) + ",120,84\n"
                + internship.code() + "," + month(internship, 2) + ",120,83.99\n", fixture.operator);

        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.inserted()).isEqualTo(2);
        assertThat(result.updated()).isZero();
        List<AttendanceMonth> months = register.months(internship);
        assertThat(months.get(0).attendedHours()).isEqualByComparingTo("84");
        assertThat(months.get(0).allowanceDue()).isTrue();
        assertThat(months.get(1).plannedHours()).isEqualByComparingTo("120");
        assertThat(months.get(1).allowanceDue()).isFalse();
        assertThat(events.stream(AttendanceRecorded.class)).containsExactly(
                new AttendanceRecorded(internship.id(), internship.startDate().withDayOfMonth(1), true),
                new AttendanceRecorded(internship.id(), internship.startDate().plusMonths(1).withDayOfMonth(1), false));
        assertThat(allowanceAccrued(internship)).isEqualByComparingTo("500");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.audit_entry WHERE entity_type = 'internship' AND entity_id = :id
                        AND action = 'IMPORT_CREATE'""").param("id", internship.id()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndAChangedMonthIsUpdated() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        String first = internship.code() + "," + month(internship, 1) + ",120,84\n";
        String second = internship.code() + "," + month(internship, 2) + ",120,60\n";
        importCsv(first + second, fixture.operator);
        events.clear();

        ImportResult again = importCsv(first + second, fixture.operator);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.inserted() + again.updated()).isZero();
        assertThat(events.stream(AttendanceRecorded.class)).isEmpty();
        assertThat(allowanceAccrued(internship)).isEqualByComparingTo("500");

        ImportResult changed = importCsv(first + internship.code() + "," + month(internship, 2) + ",120.00,90\n",
                fixture.operator);

        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(register.months(internship).get(1).attendedHours()).isEqualByComparingTo("90");
        assertThat(events.stream(AttendanceRecorded.class)).containsExactly(new AttendanceRecorded(internship.id(),
                internship.startDate().plusMonths(1).withDayOfMonth(1), true));
        assertThat(allowanceAccrued(internship)).isEqualByComparingTo("1000");

        importCsv(first + internship.code() + "," + month(internship, 2) + ",120,50\n", fixture.officer);

        assertThat(allowanceAccrued(internship)).as("the correction reverses the month").isEqualByComparingTo("500");
    }

    @Test
    void aFileWithAnyErrorWritesNothingAndListsEveryError() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        String code = internship.code();
        String csv = code + "," + month(internship, 1) + ",120,84\n"                           // row 2: fine
                + code + "," + month(internship, 7) + ",120,84\n"                              // row 3: after the end
                + code + "," + month(internship, 0) + ",120,84\n"                              // row 4: before the start
                + code + "," + month(internship, 5) + ",120,84\n"                              // row 5: not begun
                + code + "," + month(internship, 2) + ",100,100.5\n"                           // row 6: above planned
                + code + ",2021-13,100,50\n"                                                   // row 7: no such month
                + code + "," + month(internship, 3) + ",0,0\n"                                 // row 8: nothing planned
                + "TIR-NONE-1," + month(internship, 1) + ",10,10\n"                            // row 9: unknown
                + code + "," + month(internship, 1) + ",100,80\n";                             // row 10: repeated key
        String span = internship.startDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " - "
                + internship.plannedEndDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThatThrownBy(() -> importCsv(csv, fixture.operator))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .containsExactlyInAnyOrder(
                                RowError.of(3, "month", "import.attendance.monthOutside", span),
                                RowError.of(4, "month", "import.attendance.monthOutside", span),
                                RowError.of(5, "month", "import.attendance.notBegun", internship.startDate()
                                        .plusMonths(4).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                                RowError.of(6, "attended_hours", "import.attendance.moreThanPlanned", "100.5", "100"),
                                RowError.of(7, "month", "import.attendance.month", "2021-13"),
                                RowError.of(8, "planned_hours", "import.cell.range", "0", "400"),
                                RowError.of(9, "internship_code", "import.attendance.unknownInternship", "TIR-NONE-1"),
                                RowError.of(10, "internship_code", "import.row.duplicateKey", 2)));
        assertThat(recordedMonths(internship)).isZero();
        assertThat(events.stream(AttendanceRecorded.class)).isEmpty();
    }

    @Test
    void aProviderMayNotImportTheMonthsOfAnotherProvidersInternship() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        InternshipFixture other = InternshipFixture.ready(jdbc);
        InternshipView internship = started(fixture);
        InternshipView own = started(other);
        String csv = own.code() + "," + month(own, 1) + ",100,100\n"
                + internship.code() + "," + month(internship, 1) + ",100,100\n";

        assertThatThrownBy(() -> importCsv(csv, other.operator))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        RowError.of(3, "internship_code", "import.attendance.unknownInternship", internship.code())));
        assertThat(recordedMonths(internship)).isZero();
        assertThat(recordedMonths(own)).isZero();

        importCsv(own.code() + "," + month(own, 1) + ",100,100\n", other.operator);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        interchange.exportCsv("attendance", exported, other.operator);
        assertThat(exported.toString(StandardCharsets.UTF_8)).isEqualTo(HEADER + own.code() + ","
                + month(own, 1) + ",100.00,100.00\n");
    }

    @Test
    void monthsOfAnInternshipStartingOnTheThirtyFirstAreTheRegistersMonths() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc);
        String host = fixture.hostTaxCode();
        long clearance = fixture.grantedClearance(400, host, 50);
        LocalDate start = LocalDate.of(2024, 1, 31);
        LocalDate plannedEnd = LocalDate.of(2024, 7, 30);
        String code = "TIR-END-" + fixture.suffix;
        long hostId = jdbc.sql("INSERT INTO internship.host (tax_code, name, ateco, province) "
                + "VALUES (:host, 'Trattoria', '56.10.11', 'TO') RETURNING id").param("host", host)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name, host_ateco,
                    host_section, host_province, start_date, planned_end_date, status)
                VALUES (:code, :clearance, :hostId, :host, 'Trattoria', '56.10.11', 'I', 'TO', :start, :end, 'ONGOING')""")
                .param("code", code).param("clearance", clearance).param("hostId", hostId).param("host", host)
                .param("start", start).param("end", plannedEnd).update();
        List<String> registerMonths = AttendancePolicy.periods(start, plannedEnd).stream()
                .map(p -> p.month().format(YEAR_MONTH)).toList();

        assertThat(registerMonths).containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        ImportResult result = importCsv(String.join("", registerMonths.stream().map(m -> code + "," + m + ",80,80\n")
                .toList()), fixture.operator);
        assertThat(result.inserted()).isEqualTo(6);
        assertThatThrownBy(() -> importCsv(code + ",2024-07,80,80\n", fixture.operator))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::messageKey).containsExactly("import.attendance.monthOutside"));
    }

    @Test
    void throughTheApiAProviderImportsAttendanceButNoOtherDataset() {
        InternshipFixture fixture = InternshipFixture.ready(jdbc, "{noop}provider-password-1");
        InternshipView internship = started(fixture);
        ApiClient api = ApiClient.as(port, fixture.operator.username(), "provider-password-1");

        var imported = api.importOk("attendance", HEADER + internship.code() + "," + month(internship, 1) + ",100,70\n");
        var refused = api.postCsv("/api/v1/imports/services", "clearance_code,area,delivered_on,hours\n");

        assertThat(imported.get("inserted").asInt()).isEqualTo(1);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(register.months(internship).get(0).allowanceDue()).isTrue();
    }
}
