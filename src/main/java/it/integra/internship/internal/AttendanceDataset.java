package it.integra.internship.internal;

import it.integra.interchange.CellException;
import it.integra.interchange.Cells;
import it.integra.interchange.Column;
import it.integra.interchange.Dataset;
import it.integra.interchange.ImportContext;
import it.integra.interchange.ParsedRow;
import it.integra.interchange.ReferenceCheck;
import it.integra.interchange.RowError;
import it.integra.interchange.RowRule;
import it.integra.interchange.UpsertCounts;
import it.integra.internship.InternshipEvents.AttendanceRecorded;
import it.integra.internship.InternshipManagement;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The {@code attendance} dataset, an addition to the interchange contract: the monthly attendance
 * register, one row per internship and month. It follows the rules of {@link AttendancePolicy} that
 * the provider meets on the page (the month is one of the internship's months and has begun; hours
 * within bounds, attended not above planned), and each created or changed month is announced as an
 * {@link AttendanceRecorded}, exactly as an entry on the page, so that the ledger accrues or reverses
 * the month's allowance. A provider's operator may import only its own internships' months.
 */
@Component
class AttendanceDataset implements Dataset {

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu-MM")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<Column> COLUMNS = List.of(
            Column.required("internship_code", Cells.code()),
            Column.required("month", Cells.of(AttendanceDataset::month, "date")),
            Column.required("planned_hours", Cells.decimalBetween(BigDecimal.ZERO, AttendancePolicy.MAX_MONTHLY_HOURS)),
            Column.required("attended_hours", Cells.decimal(2, BigDecimal.ZERO)));

    private static final RowRule NOT_ABOVE_PLANNED = AttendanceDataset::attendedErrors;

    /** The staged rows joined to their internship, the number n (from 0) of the month they name and its first day. */
    private static final String MONTHS = """
            WITH target AS (
                SELECT s.row_no, i.start_date, coalesce(i.end_date, i.planned_end_date) AS last_day,
                       (date_part('year', s.month) - date_part('year', i.start_date)) * 12
                           + date_part('month', s.month) - date_part('month', i.start_date) AS n
                FROM staging s JOIN internship.internship i ON i.code = s.internship_code
                JOIN clearance.clearance k ON k.id = i.clearance_id%s),
            dated AS (
                SELECT row_no, start_date, last_day, n,
                       (start_date + make_interval(months => n::int))::date AS from_date FROM target)
            """;

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AttendanceDataset(AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public int importOrder() {
        return 9;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> key() {
        return List.of("internship_code", "month");
    }

    @Override
    public List<RowRule> rowRules() {
        return List.of(NOT_ABOVE_PLANNED);
    }

    /** {@code YYYY-MM}, staged as the first day of the month: the register's key. */
    private static String month(String cell) {
        YearMonth month;
        try {
            month = YearMonth.parse(cell.strip(), YEAR_MONTH);
        } catch (DateTimeParseException e) {
            throw new CellException("import.attendance.month", cell);
        }
        Cells.checkYear(month.getYear(), cell);
        return month.atDay(1).toString();
    }

    private static List<RowError> attendedErrors(ParsedRow row) {
        BigDecimal planned = row.decimal("planned_hours");
        BigDecimal attended = row.decimal("attended_hours");
        if (attended.compareTo(planned) > 0) {
            return List.of(RowError.of(row.row(), "attended_hours", "import.attendance.moreThanPlanned",
                    attended.toPlainString(), planned.toPlainString()));
        }
        return List.of();
    }

    @Override
    public List<ReferenceCheck> referenceChecks(ImportContext context) {
        String scope = scope(context.user());
        String months = MONTHS.formatted(scope);
        return List.of(
                new ReferenceCheck("internship_code", "import.attendance.unknownInternship", """
                        SELECT s.row_no, s.internship_code FROM staging s
                        WHERE NOT EXISTS (SELECT 1 FROM internship.internship i
                            JOIN clearance.clearance k ON k.id = i.clearance_id
                            WHERE i.code = s.internship_code%s)""".formatted(scope)),
                new ReferenceCheck("month", "import.attendance.monthOutside", months + """
                        SELECT row_no, to_char(start_date, 'DD/MM/YYYY') || ' - ' || to_char(last_day, 'DD/MM/YYYY')
                        FROM dated WHERE n < 0 OR from_date > last_day"""),
                new ReferenceCheck("month", "import.attendance.notBegun", months + """
                        SELECT row_no, to_char(from_date, 'DD/MM/YYYY') FROM dated
                        WHERE n >= 0 AND from_date <= last_day AND from_date > DATE '%s'""".formatted(context.today())));
    }

    /** A condition on the clearance k limiting a provider's operator to its own pathways. */
    private static String scope(CurrentUser user) {
        return user.providerScope().map(id -> " AND k.provider_id = " + id).orElse("");
    }

    @Override
    public List<String> tables() {
        return List.of("internship.attendance");
    }

    @Override
    public UpsertCounts upsert(ImportContext context) {
        var jdbc = context.jdbc();
        jdbc.sql("DROP TABLE IF EXISTS attendance_before").update();
        jdbc.sql("""
                CREATE TEMPORARY TABLE attendance_before ON COMMIT DROP AS
                SELECT a.internship_id, a.month, jsonb_build_object('month', a.month, 'planned_hours', a.planned_hours,
                           'attended_hours', a.attended_hours) AS doc
                FROM internship.attendance a JOIN internship.internship i ON i.id = a.internship_id
                JOIN staging s ON s.internship_code = i.code AND s.month = a.month""").update();
        List<Change> changes = jdbc.sql("""
                        WITH up AS (
                            INSERT INTO internship.attendance AS a (internship_id, month, planned_hours, attended_hours,
                                recorded_by)
                            SELECT i.id, s.month, s.planned_hours, s.attended_hours, :user
                            FROM staging s JOIN internship.internship i ON i.code = s.internship_code
                            ON CONFLICT (internship_id, month) DO UPDATE SET planned_hours = EXCLUDED.planned_hours,
                                attended_hours = EXCLUDED.attended_hours, recorded_by = EXCLUDED.recorded_by,
                                recorded_at = now()
                            WHERE (a.planned_hours, a.attended_hours)
                                IS DISTINCT FROM (EXCLUDED.planned_hours, EXCLUDED.attended_hours)
                            RETURNING a.internship_id, a.month, a.planned_hours, a.attended_hours, (xmax = 0) AS inserted)
                        SELECT up.internship_id, up.month, up.inserted,
                               up.attended_hours >= up.planned_hours * c.attendance_threshold AS allowance_due
                        FROM up JOIN internship.internship i ON i.id = up.internship_id
                        JOIN clearance.clearance k ON k.id = i.clearance_id
                        JOIN programme.call c ON c.id = k.call_id
                        ORDER BY up.internship_id, up.month""")
                .param("user", context.user().id()).query(Change.class).list();
        // rows written by this transaction carry its start time, now(), in recorded_at
        audit.recordImport(InternshipManagement.AUDIT_TYPE, """
                SELECT a.internship_id AS entity_id, b.doc AS before,
                       jsonb_build_object('month', a.month, 'planned_hours', a.planned_hours,
                                          'attended_hours', a.attended_hours) AS after
                FROM internship.attendance a JOIN internship.internship i ON i.id = a.internship_id
                JOIN staging s ON s.internship_code = i.code AND s.month = a.month
                LEFT JOIN attendance_before b ON b.internship_id = a.internship_id AND b.month = a.month
                WHERE a.recorded_at = now()""", context.user());
        changes.forEach(change -> events.publishEvent(
                new AttendanceRecorded(change.internshipId(), change.month(), change.allowanceDue())));
        long inserted = changes.stream().filter(Change::inserted).count();
        return new UpsertCounts(inserted, changes.size() - inserted, 0);
    }

    /** A month that the upsert created or changed, with whether its allowance is due afterwards. */
    record Change(long internshipId, LocalDate month, boolean inserted, boolean allowanceDue) {
    }

    @Override
    public String exportQuery(CurrentUser user) {
        String scope = user.providerScope().map(id -> " WHERE k.provider_id = " + id).orElse("");
        return """
                SELECT i.code AS internship_code, to_char(a.month, 'YYYY-MM') AS month, a.planned_hours,
                       a.attended_hours
                FROM internship.attendance a JOIN internship.internship i ON i.id = a.internship_id
                JOIN clearance.clearance k ON k.id = i.clearance_id""" + scope + " ORDER BY i.code, a.month";
    }

    @Override
    public boolean mayImport(CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().isPresent();
    }

    @Override
    public boolean mayExport(CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().isPresent();
    }
}
