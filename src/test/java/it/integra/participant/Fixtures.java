package it.integra.participant;

import it.integra.Today;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.TestUsers;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallTerms;
import it.integra.programme.CreateCall;
import it.integra.shared.ForeignStates;
import it.integra.shared.LanguageKnowledge;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import it.integra.shared.TaxCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The participant module's own test builders: valid tax codes of both forms, providers with an
 * operator, calls, and rows of other modules (clearances, contracts, internships) written with SQL.
 * Everything is unique within the run, as the tests share one database.
 */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (ProcessHandle.current().pid() % 1000) * 1000);
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String MONTHS = "ABCDEHLMPRST";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final List<Long> providers = new java.util.ArrayList<>();

    public Fixtures(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    private static final List<String> FOREIGN_STATES = ForeignStates.all().stream().map(ForeignStates.ForeignState::code).toList();

    /** A fresh 11-digit provisional code with a valid check digit. */
    public static String provisionalCode() {
        String first10 = "8" + String.format("%09d", SEQUENCE.incrementAndGet());
        return first10 + TaxCode.numericCheckDigit(first10);
    }

    /** A fresh 16-character code that encodes this birth date and sex. */
    public static String personalCode(LocalDate birth, Sex sex) {
        int n = SEQUENCE.incrementAndGet();
        StringBuilder code = new StringBuilder();
        for (int i = 0, rest = n; i < 6; i++, rest /= 26) {
            code.append(LETTERS.charAt(rest % 26));
        }
        code.append(String.format("%02d", birth.getYear() % 100)).append(MONTHS.charAt(birth.getMonthValue() - 1))
                .append(String.format("%02d", birth.getDayOfMonth() + (sex == Sex.F ? 40 : 0)))
                .append(FOREIGN_STATES.get(n % FOREIGN_STATES.size()));
        return code.append(TaxCode.personalCheckCharacter(code.toString())).toString();
    }

    public static ParticipantData data(String familyName, String givenName, LocalDate birth, TargetGroup group) {
        return new ParticipantData(
                new ParticipantData.Identity(familyName, givenName, Sex.M, birth, "Conakry", "GN", "GN", "+39 333 1234567",
                        null, "Via Roma 1, Torino"),
                new ParticipantData.LegalStatus(group, PermitType.SUBSIDIARY_PROTECTION, "I1234567", Today.date().plusYears(1)),
                new ParticipantData.Profile(true, ReceptionKind.SAI, 2, false, null, true, "Muratore in Libia",
                        LanguageKnowledge.BASIC, List.of(new LanguageCertificate(it.integra.shared.CefrLevel.A1,
                        Today.date().minusMonths(3)))));
    }

    public record Operator(String username, CurrentUser user) {
    }

    /** A new provider with one operator, whose password is {@link TestUsers#PASSWORD}. */
    public Operator providerWithOperator(String prefix) {
        String code = TestUsers.uniqueName(prefix).toUpperCase();
        long providerId = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province)
                        VALUES (:code, '12345678903', :name, 'THIRD_SECTOR', 'TO') RETURNING id""")
                .param("code", code).param("name", "Cooperativa " + code).query(Long.class).single();
        providers.add(providerId);
        String username = TestUsers.uniqueName(prefix + "-op");
        long userId = jdbc.sql("""
                        INSERT INTO platform.app_user (username, display_name, password_hash, role, provider_id)
                        VALUES (:username, :name, :hash, 'PROVIDER', :provider) RETURNING id""")
                .param("username", username).param("name", "Operatore " + username)
                .param("hash", encoder.encode(TestUsers.PASSWORD)).param("provider", providerId)
                .query(Long.class).single();
        return new Operator(username, new CurrentUser(userId, username, "Operatore", Role.PROVIDER, providerId, null));
    }

    /**
     * Removes what the tests made through the providers created here: the people they took in charge
     * with everything that hangs on them, the providers and their operators. The tests share one
     * database with other modules' tests, which empty the registries and must not trip on these rows.
     */
    public void removeCreated() {
        if (providers.isEmpty()) {
            return;
        }
        List<Long> people = new java.util.ArrayList<>(jdbc.sql(
                        "SELECT DISTINCT participant_id FROM participant.intake WHERE provider_id IN (:providers)")
                .param("providers", providers).query(Long.class).list());
        people.add(-1L);
        String clearances = "(SELECT id FROM clearance.clearance WHERE provider_id IN (:providers) OR participant_id IN (:people))";
        String transfers = "(SELECT id FROM participant.transfer_request WHERE participant_id IN (:people) "
                + "OR from_provider_id IN (:providers) OR to_provider_id IN (:providers))";
        for (String delete : List.of(
                "DELETE FROM participant.transfer_share WHERE request_id IN " + transfers,
                "DELETE FROM participant.transfer_request WHERE id IN " + transfers,
                "DELETE FROM accounting.service_delivery WHERE clearance_id IN " + clearances + " OR intake_id IN "
                        + "(SELECT id FROM participant.intake WHERE participant_id IN (:people) OR provider_id IN (:providers))",
                "DELETE FROM internship.internship WHERE clearance_id IN " + clearances,
                "DELETE FROM clearance.clearance WHERE id IN " + clearances,
                "DELETE FROM outcome.contract WHERE participant_id IN (:people)",
                "DELETE FROM participant.access_log WHERE participant_id IN (:people)",
                "DELETE FROM participant.document WHERE participant_id IN (:people)",
                "DELETE FROM participant.language_certificate WHERE participant_id IN (:people)",
                "DELETE FROM participant.earlier_tax_code WHERE participant_id IN (:people)",
                "DELETE FROM participant.intake WHERE participant_id IN (:people) OR provider_id IN (:providers)",
                "DELETE FROM participant.participant WHERE id IN (:people)",
                "DELETE FROM platform.app_user WHERE provider_id IN (:providers)",
                "DELETE FROM provider.provider WHERE id IN (:providers)")) {
            jdbc.sql(delete).param("providers", providers).param("people", people).update();
        }
        providers.clear();
    }

    public CurrentUser staff(Role role) {
        String username = new TestUsers(jdbc, encoder).create("staff-" + role.name().toLowerCase(), role);
        return new CurrentUser(new TestUsers(jdbc, encoder).idOf(username), username, "Staff", role, null, null);
    }

    /** A PUOI call open today, created and published by an administrator. */
    public static CallDetails openCall(CallManagement calls, CurrentUser admin, String programme) {
        String code = TestUsers.uniqueName("PART-" + programme).toUpperCase();
        calls.create(new CreateCall(code, programme, new CallTerms("Avviso " + code, Today.date(),
                Today.date().plusMonths(6), Map.of("ESF", new BigDecimal("1000000")), new BigDecimal("0.70"), 60,
                null)), admin);
        return calls.publish(code, admin);
    }

    /** A closed call written straight into the table, for retention. */
    public long closedCall(LocalDate opensOn, LocalDate closesOn) {
        return jdbc.sql("""
                        INSERT INTO programme.call (code, programme_code, title, opens_on, closes_on, budget_eur, status,
                            internship_months, monthly_allowance, attendance_threshold, min_age, start_window_days)
                        VALUES (:code, 'PUOI', 'Avviso chiuso', :opens, :closes, 1000000, 'CLOSED', 6, 500, 0.7, 18, 60)
                        RETURNING id""")
                .param("code", TestUsers.uniqueName("OLD").toUpperCase()).param("opens", opensOn).param("closes", closesOn)
                .query(Long.class).single();
    }

    public long clearance(long callId, long providerId, long participantId, String status, LocalDate requestedOn) {
        return jdbc.sql("""
                        INSERT INTO clearance.clearance (code, call_id, provider_id, participant_id, province, region_code,
                                                         requested_on, status, decided_on)
                        VALUES (:code, :call, :provider, :participant, 'TO', '01', :on, :status,
                                CASE WHEN :status = 'REQUESTED' THEN NULL ELSE CAST(:on AS date) END)
                        RETURNING id""")
                .param("code", TestUsers.uniqueName("NO").toUpperCase()).param("call", callId)
                .param("provider", providerId).param("participant", participantId).param("on", requestedOn)
                .param("status", status).query(Long.class).single();
    }

    public void contract(long participantId, String workerTaxCode, LocalDate start) {
        jdbc.sql("""
                        INSERT INTO outcome.contract (communication_id, participant_id, worker_tax_code, employer_tax_code,
                                                      contract_type, employment, start_date)
                        VALUES (:id, :participant, :worker, '12345678903', 'A.01.00', true, :start)""")
                .param("id", TestUsers.uniqueName("CO")).param("participant", participantId)
                .param("worker", workerTaxCode).param("start", start).update();
    }

    public void internship(long clearanceId, LocalDate start, String status) {
        long host = jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, province)
                        VALUES (:code, 'Ristorante', '56.10', 'TO')
                        ON CONFLICT (tax_code) DO UPDATE SET name = EXCLUDED.name RETURNING id""")
                .param("code", "98765432109").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name, host_ateco,
                            host_section, host_province, start_date, planned_end_date, status, end_date)
                        VALUES (:code, :clearance, :host, '98765432109', 'Ristorante', '56.10', 'I', 'TO', :start,
                                :planned, :status, CASE WHEN :status = 'ONGOING' THEN NULL ELSE CAST(:planned AS date) END)""")
                .param("code", TestUsers.uniqueName("TIR").toUpperCase()).param("clearance", clearanceId)
                .param("host", host).param("start", start).param("planned", start.plusMonths(6))
                .param("status", status).update();
    }
}
