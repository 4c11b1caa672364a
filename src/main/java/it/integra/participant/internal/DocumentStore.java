package it.integra.participant.internal;

import it.integra.participant.DocumentKind;
import it.integra.participant.DocumentSummary;
import it.integra.participant.StoredDocument;
import it.integra.platform.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachments kept in the database with their checksum, type, safe name and original name (for display). */
@Component
public class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps an attachment under its safe name ({@link AttachmentPolicy#safeName}); {@code filename}, the
     * original name sanitised, is kept as display text only.
     */
    public long insert(long participantId, DocumentKind kind, String filename, String contentType, byte[] content,
                       String sha256, CurrentUser user) {
        return jdbc.sql("""
                        INSERT INTO participant.document (participant_id, kind, filename, safe_name, content_type, size_bytes,
                                                          sha256, content, provider_id, uploaded_by, uploaded_by_name)
                        VALUES (:participant, :kind, :filename, :safe, :type, :size, :sha, :content, :provider, :userId,
                                :username)
                        RETURNING id""")
                .param("participant", participantId).param("kind", kind.name()).param("filename", filename)
                .param("safe", AttachmentPolicy.safeName(filename, contentType))
                .param("type", contentType).param("size", content.length).param("sha", sha256)
                .param("content", content).param("provider", user.providerScope().orElse(null))
                .param("userId", user.id()).param("username", user.username())
                .query(Long.class).single();
    }

    public List<DocumentSummary> ofParticipant(long participantId) {
        return jdbc.sql("""
                        SELECT id, kind, filename, content_type, size_bytes, sha256, uploaded_by_name, uploaded_at
                        FROM participant.document WHERE participant_id = :id ORDER BY uploaded_at DESC, id DESC""")
                .param("id", participantId).query(DocumentSummary.class).list();
    }

    /** The content under its safe name, never the name it was uploaded with. */
    public Optional<StoredDocument> content(long participantId, long documentId) {
        return jdbc.sql("""
                        SELECT safe_name AS filename, content_type, content, sha256 FROM participant.document
                        WHERE id = :id AND participant_id = :participant""")
                .param("id", documentId).param("participant", participantId)
                .query(StoredDocument.class).optional();
    }

    public boolean delete(long participantId, long documentId) {
        return jdbc.sql("DELETE FROM participant.document WHERE id = :id AND participant_id = :participant")
                .param("id", documentId).param("participant", participantId).update() > 0;
    }

    public int deleteAll(long participantId) {
        return jdbc.sql("DELETE FROM participant.document WHERE participant_id = :participant")
                .param("participant", participantId).update();
    }
}
