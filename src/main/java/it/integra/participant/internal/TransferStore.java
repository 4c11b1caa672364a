package it.integra.participant.internal;

import it.integra.participant.SharedPart;
import it.integra.participant.TransferRequestView;
import it.integra.participant.TransferStatus;
import it.integra.platform.CurrentUser;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes transfer requests and what was shared on them. Reads are masked in the query for
 * the provider in {@code :scope} (null for the authority), as {@link TransferRequestView} describes.
 */
@Component
public class TransferStore {

    /** A request's facts that decide who may act on it. */
    public record Row(long id, long participantId, long fromProviderId, long toProviderId, TransferStatus status) {
    }

    private static final String VIEW = """
            SELECT t.id, t.participant_id,
                   CASE WHEN""" + Scope.VISIBLE + """
                         THEN p.tax_code WHEN t.to_provider_id = :scope THEN t.tax_code END AS tax_code,
                   CASE WHEN""" + Scope.VISIBLE + """
                         THEN p.family_name || ' ' || p.given_name END AS person_name,
                   t.from_provider_id,
                   CASE WHEN CAST(:scope AS bigint) IS NULL OR t.from_provider_id = :scope THEN fp.name END AS from_name,
                   t.to_provider_id, tp.name AS to_name, t.reason, t.status, t.requested_on, t.requested_by_name,
                   t.decided_on, t.decided_by_name, t.decision_note,
                   ARRAY(SELECT s.part FROM participant.transfer_share s WHERE s.request_id = t.id ORDER BY s.part) AS shared,
                   CASE WHEN CAST(:scope AS bigint) IS NULL THEN
                       (SELECT string_agg(pr.name, ', ' ORDER BY pr.name) FROM participant.intake i
                        JOIN provider.provider pr ON pr.id = i.provider_id
                        WHERE i.participant_id = t.participant_id AND i.closed_on IS NULL) END AS in_charge_now
            FROM participant.transfer_request t
            JOIN participant.participant p ON p.id = t.participant_id
            JOIN provider.provider fp ON fp.id = t.from_provider_id
            JOIN provider.provider tp ON tp.id = t.to_provider_id""";

    private final JdbcClient jdbc;

    TransferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long participantId, long fromProviderId, String taxCode, String reason, LocalDate on,
                       CurrentUser user) {
        return jdbc.sql("""
                        INSERT INTO participant.transfer_request (participant_id, from_provider_id, to_provider_id, tax_code,
                            reason, status, requested_on, requested_by, requested_by_name)
                        VALUES (:participant, :from, :to, :code, :reason, 'REQUESTED', :on, :user, :username)
                        RETURNING id""")
                .param("participant", participantId).param("from", fromProviderId).param("to", user.providerId())
                .param("code", taxCode).param("reason", reason).param("on", on).param("user", user.id())
                .param("username", user.username()).query(Long.class).single();
    }

    public Optional<Row> row(long id) {
        return jdbc.sql("""
                        SELECT id, participant_id, from_provider_id, to_provider_id, status
                        FROM participant.transfer_request WHERE id = :id""")
                .param("id", id).query(Row.class).optional();
    }

    public boolean pending(long participantId, long toProviderId) {
        return jdbc.sql("""
                        SELECT count(*) > 0 FROM participant.transfer_request
                        WHERE participant_id = :participant AND to_provider_id = :to AND status = 'REQUESTED'""")
                .param("participant", participantId).param("to", toProviderId).query(Boolean.class).single();
    }

    /** Moves a waiting request to {@code status}; false when it no longer waits (decided meanwhile). */
    public boolean decide(long id, TransferStatus status, String note, LocalDate on, CurrentUser user) {
        return jdbc.sql("""
                        UPDATE participant.transfer_request SET status = :status, decision_note = :note, decided_on = :on,
                            decided_by = :user, decided_by_name = :username, updated_at = now(), version = version + 1
                        WHERE id = :id AND status = 'REQUESTED'""")
                .param("status", status.name()).param("note", note).param("on", on).param("user", user.id())
                .param("username", user.username()).param("id", id).update() == 1;
    }

    /** Records the parts shared; returns those that were not shared before. */
    public List<SharedPart> share(long id, Set<SharedPart> parts, LocalDate on, CurrentUser user) {
        return parts.stream().sorted().filter(part -> jdbc.sql("""
                        INSERT INTO participant.transfer_share (request_id, part, shared_on, shared_by)
                        VALUES (:id, :part, :on, :user) ON CONFLICT DO NOTHING""")
                .param("id", id).param("part", part.name()).param("on", on).param("user", user.id()).update() == 1)
                .toList();
    }

    public Optional<TransferRequestView> view(long id, Long scope) {
        return jdbc.sql(VIEW + " WHERE t.id = :id").param("id", id).param("scope", scope)
                .query(TransferStore::view).optional();
    }

    /** Requests waiting for the authority, the oldest first. */
    public List<TransferRequestView> waiting() {
        return jdbc.sql(VIEW + " WHERE t.status = 'REQUESTED' ORDER BY t.requested_on, t.id").param("scope", null)
                .query(TransferStore::view).list();
    }

    /** The latest decided requests, for the authority. */
    public List<TransferRequestView> decided(int limit) {
        return jdbc.sql(VIEW + " WHERE t.status <> 'REQUESTED' ORDER BY t.decided_on DESC, t.id DESC LIMIT :limit")
                .param("scope", null).param("limit", limit).query(TransferStore::view).list();
    }

    /** The provider's own requests ({@code asRequester}) or those about people it had in charge, the latest first. */
    public List<TransferRequestView> ofProvider(long providerId, boolean asRequester, int limit) {
        String side = asRequester ? "t.to_provider_id" : "t.from_provider_id";
        return jdbc.sql(VIEW + " WHERE " + side + """
                         = :scope ORDER BY t.status <> 'REQUESTED', t.requested_on DESC, t.id DESC LIMIT :limit""")
                .param("scope", providerId).param("limit", limit).query(TransferStore::view).list();
    }

    /** The request as the audit trail keeps it: no reason, no note, no identifier of the person. */
    public String auditJson(long id) {
        return jdbc.sql("""
                        SELECT jsonb_build_object('transfer', t.id, 'fromProviderId', t.from_provider_id,
                               'toProviderId', t.to_provider_id, 'status', t.status, 'requestedOn', t.requested_on,
                               'decidedOn', t.decided_on, 'shared',
                               ARRAY(SELECT s.part FROM participant.transfer_share s WHERE s.request_id = t.id ORDER BY s.part))::text
                        FROM participant.transfer_request t WHERE t.id = :id""")
                .param("id", id).query(String.class).single();
    }

    private static TransferRequestView view(ResultSet rs, int row) throws SQLException {
        Array shared = rs.getArray("shared");
        List<SharedPart> parts = Arrays.stream((String[]) shared.getArray()).map(SharedPart::valueOf).toList();
        return new TransferRequestView(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("tax_code"),
                rs.getString("person_name"), rs.getLong("from_provider_id"), rs.getString("from_name"),
                rs.getLong("to_provider_id"), rs.getString("to_name"), rs.getString("reason"),
                TransferStatus.valueOf(rs.getString("status")), rs.getObject("requested_on", LocalDate.class),
                rs.getString("requested_by_name"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by_name"), rs.getString("decision_note"), parts, rs.getString("in_charge_now"));
    }
}
