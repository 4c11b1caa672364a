package it.integra.internship.internal;

import it.integra.internship.CompanyTutor;
import it.integra.internship.HostDetails;
import it.integra.internship.HostFilter;
import it.integra.internship.HostSummary;
import it.integra.internship.NewCompanyTutor;
import it.integra.internship.SaveHost;
import it.integra.shared.AtecoEdition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the host registry and the hosts' company tutors. */
@Component
public class HostStore {

    private static final String COLUMNS = """
            SELECT h.id, h.tax_code, h.name, h.ateco, h.ateco_edition, h.province, h.address, h.employees, h.version,
                   (SELECT count(*) FROM internship.internship i WHERE i.host_id = h.id AND i.status = 'ONGOING') AS ongoing
            FROM internship.host h""";

    /**
     * Whether the provider {@code :scope} works with the host {@code h}: it holds a clearance requested
     * or granted for it, or an internship there (of any status). Always true for a null scope.
     */
    static final String WORKS_WITH = """
            (CAST(:scope AS bigint) IS NULL
             OR EXISTS (SELECT 1 FROM clearance.clearance wk
                        WHERE wk.host_tax_code = h.tax_code AND wk.provider_id = :scope
                          AND wk.status IN ('REQUESTED', 'GRANTED'))
             OR EXISTS (SELECT 1 FROM internship.internship wi JOIN clearance.clearance wk ON wk.id = wi.clearance_id
                        WHERE wi.host_id = h.id AND wk.provider_id = :scope))""";

    private static final String FILTER = """
             WHERE (CAST(:pattern AS text) IS NULL OR h.tax_code ILIKE :pattern OR h.name ILIKE :pattern)
               AND (CAST(:province AS text) IS NULL OR h.province = :province)
               AND (CAST(:section AS text) IS NULL OR EXISTS (SELECT 1 FROM reference.ateco_code d
                    WHERE d.edition = h.ateco_edition AND d.code = h.ateco
                      AND d.edition || '-' || d.section = :section))""";

    private final JdbcClient jdbc;

    HostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of the registry. For the provider {@code scope} (null for the authority) the rows of
     * hosts it does not work with carry the public data only: no headcount, capacity or trainees.
     */
    public Page<HostSummary> search(HostFilter filter, Pageable pageable, Long scope) {
        long total = filtered("SELECT count(*) FROM internship.host h " + FILTER, filter).query(Long.class).single();
        String sql = COLUMNS.replace(" AS ongoing", " AS ongoing, " + WORKS_WITH + " AS works_with")
                + " " + FILTER + " ORDER BY h.name, h.id LIMIT :limit OFFSET :offset";
        List<HostSummary> rows = filtered(sql, filter).param("scope", scope)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    boolean open = rs.getBoolean("works_with");
                    Integer employees = open ? employees(rs) : null;
                    return new HostSummary(rs.getLong("id"), rs.getString("tax_code"), rs.getString("name"),
                            rs.getString("ateco"), edition(rs), rs.getString("province"), employees, open ? rs.getLong("ongoing") : 0,
                            capacity(employees), open);
                })
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Whether the provider works with the host, so that it may change it and read its tutors' contacts. */
    public boolean worksWith(long hostId, long providerId) {
        return jdbc.sql("SELECT " + WORKS_WITH + " FROM internship.host h WHERE h.id = :id")
                .param("scope", providerId).param("id", hostId).query(Boolean.class).optional().orElse(false);
    }

    public Optional<HostDetails> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE h.id = :id").param("id", id).query(this::details).optional();
    }

    public Optional<HostDetails> findByTaxCode(String taxCode) {
        return jdbc.sql(COLUMNS + " WHERE h.tax_code = :code").param("code", taxCode).query(this::details).optional();
    }

    public long insert(SaveHost host, long userId) {
        return jdbc.sql("""
                        INSERT INTO internship.host (tax_code, name, ateco, ateco_edition, province, address, employees, updated_by)
                        VALUES (:taxCode, :name, :ateco, :edition, :province, :address, :employees, :user) RETURNING id""")
                .params(host(host)).param("user", userId).query(Long.class).single();
    }

    /** Changes the host if it is still at {@code version}. */
    public void update(long id, int version, SaveHost host, long userId) {
        int updated = jdbc.sql("""
                        UPDATE internship.host SET tax_code = :taxCode, name = :name, ateco = :ateco, ateco_edition = :edition,
                            province = :province,
                            address = :address, employees = :employees, updated_by = :user, updated_at = now(),
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(host(host)).param("user", userId).param("id", id).param("version", version).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("host " + id + " changed meanwhile");
        }
    }

    /** Serialises the starts at one host, so two of them cannot both take its last place. */
    public void lock(String taxCode) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('internship.host:' || :code))").param("code", taxCode)
                .query(Object.class).list();
    }

    public List<CompanyTutor> tutors(long hostId) {
        return jdbc.sql("""
                        SELECT id, host_id, name, role, contact, active FROM internship.company_tutor
                        WHERE host_id = :host ORDER BY active DESC, name, id""")
                .param("host", hostId).query(CompanyTutor.class).list();
    }

    public long addTutor(long hostId, NewCompanyTutor tutor) {
        return jdbc.sql("""
                        INSERT INTO internship.company_tutor (host_id, name, role, contact)
                        VALUES (:host, :name, :role, :contact) RETURNING id""")
                .param("host", hostId).param("name", tutor.name()).param("role", tutor.role())
                .param("contact", tutor.contact()).query(Long.class).single();
    }

    public boolean deactivateTutor(long hostId, long tutorId) {
        return jdbc.sql("UPDATE internship.company_tutor SET active = false WHERE id = :id AND host_id = :host AND active")
                .param("id", tutorId).param("host", hostId).update() == 1;
    }

    /** The host with its tutors as one JSON document, for the audit trail. */
    public String json(long id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(h) - 'created_at' - 'updated_at' || jsonb_build_object('tutors', coalesce(
                            (SELECT jsonb_agg(jsonb_build_object('name', t.name, 'role', t.role, 'contact', t.contact,
                                'active', t.active) ORDER BY t.id) FROM internship.company_tutor t WHERE t.host_id = h.id),
                            '[]'::jsonb)))::text
                        FROM internship.host h WHERE h.id = :id""")
                .param("id", id).query(String.class).single();
    }

    private HostDetails details(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new HostDetails(id, rs.getString("tax_code"), rs.getString("name"), rs.getString("ateco"), edition(rs),
                rs.getString("province"), rs.getString("address"), employees(rs), rs.getInt("version"), tutors(id),
                rs.getLong("ongoing"), capacity(employees(rs)));
    }

    private static java.util.Map<String, Object> host(SaveHost host) {
        var params = new java.util.HashMap<String, Object>();
        params.put("taxCode", host.taxCode());
        params.put("name", host.name());
        params.put("ateco", host.ateco());
        params.put("edition", host.atecoEdition() == null ? null : host.atecoEdition().year());
        params.put("province", host.province());
        params.put("address", host.address());
        params.put("employees", host.employees());
        return params;
    }

    private JdbcClient.StatementSpec filtered(String sql, HostFilter filter) {
        return jdbc.sql(sql)
                .param("pattern", Like.pattern(filter.text()))
                .param("province", filter.province())
                .param("section", filter.section());
    }

    private static Integer employees(ResultSet rs) throws SQLException {
        return (Integer) rs.getObject("employees");
    }

    private static Integer capacity(Integer employees) {
        return employees == null ? null : HostCapacityPolicy.capacity(employees);
    }

    private static AtecoEdition edition(ResultSet rs) throws SQLException {
        return AtecoEdition.of(rs.getInt("ateco_edition"));
    }
}
