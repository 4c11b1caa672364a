package it.integra;

import it.integra.accounting.DeliveryMode;
import it.integra.accounting.HoursManagement;
import it.integra.accounting.LogHours;
import it.integra.accounting.PathwayRef;
import it.integra.internship.AttendanceRegister;
import it.integra.internship.RecordAttendance;
import it.integra.platform.CurrentUser;
import it.integra.shared.ServiceArea;
import it.integra.shared.TaxCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One organisation's pathway in the access matrix's dataset: a clearance granted and an internship
 * started at a host of its own with a company tutor, written as an import leaves them (as the modules'
 * own fixtures do), then three days of tutoring hours and the first month's attendance through the
 * facades, so that the ledger holds what claims and payments gather.
 */
record AccessMatrixPathway(long clearance, String clearanceCode, long internship, String internshipCode, long host,
                           long tutor, String tutorContact) {

    /** Writes the pathway of a person in the charge of the user's provider, in a province of region 01 or 12. */
    static AccessMatrixPathway of(ApplicationContext context, long callId, String suffix, LocalDate start,
                                  String province, long participant, long intake, CurrentUser user) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String code = "NO-MX-" + suffix + "-" + user.providerId();
        long clearance = jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                            requested_on, status, decided_on, intake_id)
                        VALUES (:code, :call, :provider, :participant, :province, :region, :requested, 'GRANTED', :decided,
                            :intake)
                        RETURNING id""")
                .param("province", province).param("region", province.equals("TO") ? "01" : "12")
                .param("code", code).param("call", callId).param("provider", user.providerId())
                .param("participant", participant).param("requested", start.minusDays(30))
                .param("decided", start.minusDays(20)).param("intake", intake).query(Long.class).single();
        Host host = host(jdbc, user.providerId());
        String internshipCode = "TIR-MX-" + suffix + "-" + user.providerId();
        long internship = jdbc.sql("""
                        INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name, host_ateco,
                            host_section, host_province, start_date, planned_end_date, status, provider_tutor_id,
                            company_tutor_id, weekly_hours)
                        VALUES (:code, :clearance, :host, :tax, :name, '56.10.11', 'I', 'TO', :start, :end, 'ONGOING',
                            :tutor, :companyTutor, 30) RETURNING id""")
                .param("code", internshipCode).param("clearance", clearance).param("host", host.id())
                .param("tax", host.taxCode()).param("name", "Trattoria " + host.taxCode()).param("start", start)
                .param("end", start.plusMonths(6).minusDays(1)).param("tutor", user.id())
                .param("companyTutor", host.tutor()).query(Long.class).single();
        hoursAndAttendance(context, clearance, internship, start, user);
        return new AccessMatrixPathway(clearance, code, internship, internshipCode, host.id(), host.tutor(),
                host.contact());
    }

    private record Host(long id, String taxCode, long tutor, String contact) {
    }

    /** A host of the provider's own, with a company tutor whose contact only those working there may read. */
    private static Host host(JdbcClient jdbc, long provider) {
        long n = (ProcessHandle.current().pid() % 10_000) * 100_000 + provider % 100_000;
        String first10 = String.format("%07d%03d", 1_000_000 + n / 100 % 9_000_000, 1 + n % 100);
        String taxCode = first10 + TaxCode.numericCheckDigit(first10);
        long host = jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, province, employees)
                        VALUES (:tax, :name, '56.10.11', 'TO', 12) RETURNING id""")
                .param("tax", taxCode).param("name", "Trattoria " + taxCode).query(Long.class).single();
        String contact = "tutor." + provider + "@matrice.example.org";
        long tutor = jdbc.sql("""
                        INSERT INTO internship.company_tutor (host_id, name, role, contact)
                        VALUES (:host, 'Mario Rossi', 'Chef', :contact) RETURNING id""")
                .param("host", host).param("contact", contact).query(Long.class).single();
        return new Host(host, taxCode, tutor, contact);
    }

    /** Three days of tutoring (accrued to the provider) and the first month's attendance (due to the trainee). */
    private static void hoursAndAttendance(ApplicationContext context, long clearance, long internship, LocalDate start,
                                           CurrentUser user) {
        for (int day = 1; day <= 3; day++) {
            context.getBean(HoursManagement.class).log(new LogHours(List.of(PathwayRef.clearance(clearance)),
                    ServiceArea.TUTORING, start.plusDays(day), new BigDecimal("4"), DeliveryMode.IN_PERSON, user.id(),
                    "Colloquio"), user);
        }
        context.getBean(AttendanceRegister.class).record(new RecordAttendance(internship, start, new BigDecimal("100"),
                new BigDecimal("90")), user);
    }
}
