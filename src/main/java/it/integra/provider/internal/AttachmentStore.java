package it.integra.provider.internal;

import it.integra.provider.AttachmentContent;
import it.integra.provider.AttachmentSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The documents attached to applications, kept in the database with their checksum. */
@Component
public class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long applicationId, String filename, String contentType, byte[] content, long userId) {
        jdbc.sql("""
                        INSERT INTO provider.application_attachment (application_id, filename, content_type, size_bytes,
                                                                     sha256, content, uploaded_by)
                        VALUES (:application, :filename, :type, :size, :sha, :content, :user)""")
                .param("application", applicationId).param("filename", filename).param("type", contentType)
                .param("size", content.length).param("sha", AttachmentPolicy.sha256(content))
                .param("content", content).param("user", userId)
                .update();
    }

    public List<AttachmentSummary> of(long applicationId) {
        return jdbc.sql("""
                        SELECT id, filename, content_type, size_bytes, sha256 FROM provider.application_attachment
                        WHERE application_id = :application ORDER BY id""")
                .param("application", applicationId).query(AttachmentSummary.class).list();
    }

    public Optional<AttachmentContent> content(long applicationId, long attachmentId) {
        return jdbc.sql("""
                        SELECT filename, content_type, content FROM provider.application_attachment
                        WHERE application_id = :application AND id = :id""")
                .param("application", applicationId).param("id", attachmentId)
                .query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
