package it.integra.accounting.internal;

import it.integra.accounting.PayeeAccount;
import it.integra.accounting.PayeeKind;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts (IBAN) of trainees and hosts, and whether a provider works with them. */
@Component
public class PayeeStore {

    private final JdbcClient jdbc;

    PayeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PayeeAccount> find(PayeeKind kind, long id) {
        String sql = kind == PayeeKind.PARTICIPANT ? """
                SELECT p.family_name || ' ' || p.given_name, p.tax_code, a.iban, coalesce(a.version, -1)
                FROM participant.participant p LEFT JOIN accounting.participant_account a ON a.participant_id = p.id
                WHERE p.id = :id""" : """
                SELECT h.name, h.tax_code, a.iban, coalesce(a.version, -1)
                FROM internship.host h LEFT JOIN accounting.host_account a ON a.host_id = h.id WHERE h.id = :id""";
        return jdbc.sql(sql).param("id", id).query((rs, n) -> new PayeeAccount(kind, id, rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4))).optional();
    }

    /** Saves the account; false when someone changed it since {@code expectedVersion} (-1: none yet). */
    public boolean save(PayeeKind kind, long id, String iban, int expectedVersion, long userId) {
        String table = kind == PayeeKind.PARTICIPANT ? "accounting.participant_account" : "accounting.host_account";
        String key = kind == PayeeKind.PARTICIPANT ? "participant_id" : "host_id";
        return jdbc.sql("INSERT INTO " + table + " AS a (" + key + ", iban, updated_by) VALUES (:id, :iban, :user) "
                        + "ON CONFLICT (" + key + ") DO UPDATE SET iban = EXCLUDED.iban, updated_by = EXCLUDED.updated_by, "
                        + "updated_at = now(), version = a.version + 1 WHERE a.version = :version")
                .param("id", id).param("iban", iban).param("user", userId).param("version", expectedVersion)
                .update() == 1;
    }

    public String json(PayeeKind kind, long id) {
        String sql = kind == PayeeKind.PARTICIPANT
                ? "SELECT to_jsonb(a)::text FROM accounting.participant_account a WHERE a.participant_id = :id"
                : "SELECT to_jsonb(a)::text FROM accounting.host_account a WHERE a.host_id = :id";
        return jdbc.sql(sql).param("id", id).query(String.class).optional().orElse(null);
    }

    /** Whether the provider has the person in charge or a pathway of theirs, or an internship at the host. */
    public boolean servedBy(PayeeKind kind, long id, long providerId) {
        String sql = kind == PayeeKind.PARTICIPANT ? """
                SELECT EXISTS (SELECT 1 FROM participant.intake n WHERE n.participant_id = :id AND n.provider_id = :provider
                               AND n.closed_on IS NULL)
                    OR EXISTS (SELECT 1 FROM clearance.clearance k WHERE k.participant_id = :id AND k.provider_id = :provider)""" : """
                SELECT EXISTS (SELECT 1 FROM internship.internship i JOIN clearance.clearance k ON k.id = i.clearance_id
                               WHERE i.host_id = :id AND k.provider_id = :provider)""";
        return jdbc.sql(sql).param("id", id).param("provider", providerId).query(Boolean.class).single();
    }
}
