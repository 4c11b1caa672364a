package it.integra.provider.internal;

import it.integra.provider.OperatingSeat;
import it.integra.provider.ProviderContacts;
import it.integra.provider.ProviderData;
import it.integra.provider.ProviderDetails;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes providers and their seats; every update checks the version it read. */
@Component
public class ProviderStore {

    private final JdbcClient jdbc;

    ProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProviderDetails> byId(long id) {
        return jdbc.sql("""
                        SELECT id, code, tax_code, name, type, province, accreditation, email, phone, pec, version
                        FROM provider.provider WHERE id = :id""")
                .param("id", id).query(this::details).optional();
    }

    public Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT id FROM provider.provider WHERE code = :code").param("code", code)
                .query(Long.class).optional();
    }

    public boolean codeTaken(String code) {
        return idOf(code).isPresent();
    }

    public long insert(String code, ProviderData data) {
        long id = jdbc.sql("""
                        INSERT INTO provider.provider (code, tax_code, name, type, province, accreditation, email, phone, pec)
                        VALUES (:code, :taxCode, :name, :type, :province, :accreditation, :email, :phone, :pec)
                        RETURNING id""")
                .param("code", code).param("taxCode", data.taxCode()).param("name", data.name())
                .param("type", data.type()).param("province", data.province())
                .param("accreditation", data.accreditation()).param("email", data.contacts().email())
                .param("phone", data.contacts().phone()).param("pec", data.contacts().pec())
                .query(Long.class).single();
        writeSeats(id, data.seats());
        return id;
    }

    public void update(long id, int version, ProviderData data) {
        int updated = jdbc.sql("""
                        UPDATE provider.provider SET tax_code = :taxCode, name = :name, type = :type, province = :province,
                            accreditation = :accreditation, updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("taxCode", data.taxCode()).param("name", data.name()).param("type", data.type())
                .param("province", data.province()).param("accreditation", data.accreditation())
                .param("id", id).param("version", version)
                .update();
        requireOne(updated, id);
        updateContacts(id, version + 1, data.contacts(), data.seats());
    }

    public void updateContacts(long id, int version, ProviderContacts contacts, List<OperatingSeat> seats) {
        int updated = jdbc.sql("""
                        UPDATE provider.provider SET email = :email, phone = :phone, pec = :pec, updated_at = now(),
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("email", contacts.email()).param("phone", contacts.phone()).param("pec", contacts.pec())
                .param("id", id).param("version", version)
                .update();
        requireOne(updated, id);
        writeSeats(id, seats);
    }

    /** The provider and its seats as one JSON document, for the audit trail. */
    public String json(long id) {
        return jdbc.sql("""
                        SELECT (to_jsonb(p) || jsonb_build_object('seats', coalesce(
                            (SELECT jsonb_agg(s.province || ' ' || s.address ORDER BY s.position)
                             FROM provider.seat s WHERE s.provider_id = p.id), '[]'::jsonb)))::text
                        FROM provider.provider p WHERE p.id = :id""")
                .param("id", id).query(String.class).single();
    }

    private void writeSeats(long id, List<OperatingSeat> seats) {
        jdbc.sql("DELETE FROM provider.seat WHERE provider_id = :id").param("id", id).update();
        for (int i = 0; i < seats.size(); i++) {
            jdbc.sql("INSERT INTO provider.seat (provider_id, position, province, address) VALUES (:id, :position, :province, :address)")
                    .param("id", id).param("position", i).param("province", seats.get(i).province())
                    .param("address", seats.get(i).address())
                    .update();
        }
    }

    private List<OperatingSeat> seats(long id) {
        return jdbc.sql("SELECT province, address FROM provider.seat WHERE provider_id = :id ORDER BY position")
                .param("id", id).query(OperatingSeat.class).list();
    }

    private ProviderDetails details(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new ProviderDetails(id, rs.getString("code"), rs.getString("tax_code"), rs.getString("name"),
                rs.getString("type"), rs.getString("province"), rs.getString("accreditation"),
                new ProviderContacts(rs.getString("email"), rs.getString("phone"), rs.getString("pec")),
                seats(id), rs.getInt("version"));
    }

    private static void requireOne(int updated, long id) {
        if (updated != 1) {
            throw new OptimisticLockingFailureException("provider " + id + " changed meanwhile");
        }
    }
}
