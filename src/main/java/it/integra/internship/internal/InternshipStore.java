package it.integra.internship.internal;

import it.integra.internship.CompanyTutor;
import it.integra.internship.InternshipStatus;
import it.integra.internship.InternshipView;
import it.integra.internship.StartInternship;
import it.integra.platform.ListTotal;
import it.integra.shared.AtecoEdition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes internships. Status changes check the status they start from. */
@Component
public class InternshipStore {

    static final String VIEW = """
            SELECT i.id, i.code, i.clearance_id, k.code AS clearance_code, k.call_id, c.code AS call_code,
                   k.provider_id, pr.name AS provider_name, k.participant_id,
                   p.family_name || ' ' || p.given_name AS participant_name, p.tax_code AS participant_tax_code,
                   i.host_id, i.host_tax_code, i.host_name, i.host_ateco, i.host_ateco_edition, i.host_province, i.start_date,
                   i.planned_end_date, i.status, i.end_date, i.termination_reason, i.provider_tutor_id,
                   u.display_name AS provider_tutor_name, t.id AS company_tutor_id, t.name AS company_tutor_name,
                   t.role AS company_tutor_role, t.contact AS company_tutor_contact, t.active AS company_tutor_active,
                   i.weekly_hours, i.convention_attached, i.pfi_attached, i.competences, i.version
            FROM internship.internship i
            JOIN clearance.clearance k ON k.id = i.clearance_id
            JOIN programme.call c ON c.id = k.call_id
            JOIN provider.provider pr ON pr.id = k.provider_id
            JOIN participant.participant p ON p.id = k.participant_id
            LEFT JOIN platform.app_user u ON u.id = i.provider_tutor_id
            LEFT JOIN internship.company_tutor t ON t.id = i.company_tutor_id""";

    private final JdbcClient jdbc;

    InternshipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InternshipView> find(long id) {
        return jdbc.sql(VIEW + " WHERE i.id = :id").param("id", id).query(this::view).optional();
    }

    public Optional<InternshipView> ofClearance(long clearanceId) {
        return jdbc.sql(VIEW + " WHERE i.clearance_id = :id").param("id", clearanceId).query(this::view).optional();
    }

    /** Holds the start of the clearance's internship until the transaction ends, so starts happen one at a time. */
    public void lockStart(long clearanceId) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtext('internship.start'), CAST(:id % 2147483647 AS integer))")
                .param("id", clearanceId).query(Integer.class).single();
    }

    /** Locks the internship's row until the transaction ends, so changes to it happen one at a time. */
    public Optional<InternshipView> lock(long id) {
        jdbc.sql("SELECT id FROM internship.internship WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).list();
        return find(id);
    }

    public long insert(StartInternship start, long hostId, long companyTutorId, LocalDate plannedEnd, long userId) {
        long number = jdbc.sql("SELECT nextval('internship.internship_number')").query(Long.class).single();
        String code = "TIR-" + start.startDate().getYear() + "-" + String.format("%06d", number);
        return jdbc.sql("""
                        INSERT INTO internship.internship (code, clearance_id, host_id, host_tax_code, host_name, host_ateco,
                            host_ateco_edition, host_section, host_province, start_date, planned_end_date, status, provider_tutor_id,
                            company_tutor_id, weekly_hours, convention_attached, pfi_attached, started_by)
                        SELECT :code, :clearance, :host, :taxCode, :name, :ateco, :edition, d.section, :province, :start, :plannedEnd,
                               'ONGOING', :providerTutor, :companyTutor, :weeklyHours, :convention, :pfi, :user
                        FROM reference.ateco_code d WHERE d.edition = :edition AND d.code = :ateco
                        RETURNING id""")
                .param("code", code).param("clearance", start.clearanceId()).param("host", hostId)
                .param("taxCode", start.host().taxCode()).param("name", start.host().name())
                .param("ateco", start.host().ateco()).param("edition", start.host().atecoEdition().year())
                .param("province", start.host().province())
                .param("start", start.startDate()).param("plannedEnd", plannedEnd)
                .param("providerTutor", start.providerTutorId()).param("companyTutor", companyTutorId)
                .param("weeklyHours", start.weeklyHours()).param("convention", start.conventionAttached())
                .param("pfi", start.pfiAttached()).param("user", userId)
                .query(Long.class).single();
    }

    /** Ends the internship; refused (optimistically) if it is no longer in the status it was read in. */
    public void end(InternshipView internship, InternshipStatus next, LocalDate endDate, String reason,
                    String competences) {
        int updated = jdbc.sql("""
                        UPDATE internship.internship SET status = :next, end_date = :end, termination_reason = :reason,
                            competences = coalesce(:competences, competences), updated_at = now(), version = version + 1
                        WHERE id = :id AND status = :from""")
                .param("next", next.name()).param("end", endDate).param("reason", reason)
                .param("competences", competences).param("id", internship.id())
                .param("from", internship.status().name())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("internship " + internship.code() + " changed meanwhile");
        }
    }

    public void movePlannedEnd(long id, LocalDate plannedEnd) {
        jdbc.sql("""
                UPDATE internship.internship SET planned_end_date = :end, updated_at = now(), version = version + 1
                WHERE id = :id""").param("end", plannedEnd).param("id", id).update();
    }

    public void saveCompetences(long id, String competences) {
        jdbc.sql("""
                UPDATE internship.internship SET competences = :text, updated_at = now(), version = version + 1
                WHERE id = :id""").param("text", competences).param("id", id).update();
    }

    public String json(long id) {
        return jdbc.sql("SELECT to_jsonb(i)::text FROM internship.internship i WHERE i.id = :id").param("id", id)
                .query(String.class).single();
    }

    /**
     * A page of internships matching {@code where} (SQL over aliases i and k), in {@code order}, with its
     * total as {@link ListTotal} counts it. The page's internships are chosen first (along an index in
     * the order; the clearance joined only when the conditions need it), and only they are joined to what
     * the view shows. A provider's internships (a few thousand among half a million) are found through its
     * clearances and sorted, rather than looked for along the order. Only {@code i.start_date} and
     * {@code i.id} may be in the order.
     */
    public Page<InternshipView> page(String where, Map<String, Object> params, String order, Pageable pageable) {
        String matching = "SELECT i.id FROM internship.internship i"
                + (where.contains("k.") ? " JOIN clearance.clearance k ON k.id = i.clearance_id" : "") + " WHERE " + where;
        long counted = jdbc.sql(ListTotal.countOf(matching)).params(params).query(Long.class).single();
        String page = params.containsKey("scopeProvider")
                ? "WITH matches AS MATERIALIZED (" + matching.replace("SELECT i.id ", "SELECT i.id, i.start_date ")
                        + " AND i.clearance_id = ANY (ARRAY(SELECT pk.id FROM clearance.clearance pk"
                        + " WHERE pk.provider_id = :scopeProvider))), page AS MATERIALIZED (SELECT i.id FROM matches i ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset) "
                : "WITH page AS MATERIALIZED (" + matching + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) ";
        List<InternshipView> content = jdbc.sql(page + VIEW + " JOIN page ON page.id = i.id ORDER BY " + order)
                .params(params).param("limit", ListTotal.limit(pageable)).param("offset", pageable.getOffset())
                .query(this::view).list();
        return ListTotal.page(content, pageable, counted);
    }

    public List<InternshipView> list(String where, Map<String, Object> params, String order) {
        return jdbc.sql(VIEW + " WHERE " + where + " ORDER BY " + order).params(params).query(this::view).list();
    }

    private InternshipView view(ResultSet rs, int row) throws SQLException {
        Long companyTutorId = (Long) rs.getObject("company_tutor_id");
        CompanyTutor companyTutor = companyTutorId == null ? null : new CompanyTutor(companyTutorId,
                rs.getLong("host_id"), rs.getString("company_tutor_name"), rs.getString("company_tutor_role"),
                rs.getString("company_tutor_contact"), rs.getBoolean("company_tutor_active"));
        return new InternshipView(rs.getLong("id"), rs.getString("code"), rs.getLong("clearance_id"),
                rs.getString("clearance_code"), rs.getLong("call_id"), rs.getString("call_code"),
                rs.getLong("provider_id"), rs.getString("provider_name"), rs.getLong("participant_id"),
                rs.getString("participant_name"), rs.getString("participant_tax_code"), rs.getLong("host_id"),
                rs.getString("host_tax_code"), rs.getString("host_name"), rs.getString("host_ateco"),
                AtecoEdition.of(rs.getInt("host_ateco_edition")),
                rs.getString("host_province"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("planned_end_date", LocalDate.class), InternshipStatus.valueOf(rs.getString("status")),
                rs.getObject("end_date", LocalDate.class), rs.getString("termination_reason"),
                (Long) rs.getObject("provider_tutor_id"), rs.getString("provider_tutor_name"), companyTutor,
                rs.getBigDecimal("weekly_hours"), rs.getBoolean("convention_attached"), rs.getBoolean("pfi_attached"),
                rs.getString("competences"), rs.getInt("version"));
    }
}
