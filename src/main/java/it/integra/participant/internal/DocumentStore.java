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

    /** The person's documents the provider {@code scope} may read ({@link Scope#DOCUMENT_VISIBLE}); all for null. */
    public List<DocumentSummary> ofParticipant(long participantId, Long scope) {
        return jdbc.sql("""
                        SELECT d.id, d.kind, d.filename, d.content_type, d.size_bytes, d.sha256, d.uploaded_by_name,
                               d.uploaded_at
                        FROM participant.document d WHERE d.participant_id = :id AND """ + Scope.DOCUMENT_VISIBLE + """
                        ORDER BY d.uploaded_at DESC, d.id DESC""")
                .param("id", participantId).param("scope", scope).query(DocumentSummary.class).list();
    }

    /** The content under its safe name, never the name it was uploaded with, if the provider {@code scope} may read it. */
    public Optional<StoredDocument> content(long participantId, long documentId, Long scope) {
        return jdbc.sql("""
                        SELECT d.safe_name AS filename, d.content_type, d.content, d.sha256 FROM participant.document d
                        WHERE d.id = :id AND d.participant_id = :participant AND """ + Scope.DOCUMENT_VISIBLE)
                .param("id", documentId).param("participant", participantId).param("scope", scope)
                .query(StoredDocument.class).optional();
    }

    /**
     * Deletes a document the provider {@code scope} may remove: the authority's or its own, never one
     * shared with it; any for null.
     */
    public boolean delete(long participantId, long documentId, Long scope) {
        return jdbc.sql("""
                        DELETE FROM participant.document d WHERE d.id = :id AND d.participant_id = :participant
                          AND (CAST(:scope AS bigint) IS NULL OR d.provider_id IS NULL OR d.provider_id = :scope)""")
                .param("id", documentId).param("participant", participantId).param("scope", scope).update() > 0;
    }

    public int deleteAll(long participantId) {
        return jdbc.sql("DELETE FROM participant.document WHERE participant_id = :participant")
                .param("participant", participantId).update();
    }
}
