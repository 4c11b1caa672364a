package it.integra.participant.internal;

import it.integra.participant.PersonalDataSource;
import it.integra.participant.StoredDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything kept about a person, for a subject-access request: one ZIP with {@code personal-data.json}
 * (the record, earlier tax codes, certificates, intakes with their plans, the attachments' list, when
 * and by which role the record was looked at, and the sections other modules contribute) and the
 * attachments themselves under {@code documents/}.
 */
@Component
public class SubjectAccessExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String OWN_DATA = """
            SELECT jsonb_build_object(
              'record', (SELECT to_jsonb(p) - 'version' FROM participant.participant p WHERE p.id = :id),
              'earlierTaxCodes', coalesce((SELECT jsonb_agg(jsonb_build_object('taxCode', e.tax_code,
                  'replacedOn', e.replaced_on) ORDER BY e.replaced_on) FROM participant.earlier_tax_code e
                  WHERE e.participant_id = :id), '[]'),
              'languageCertificates', coalesce((SELECT jsonb_agg(jsonb_build_object('level', c.level,
                  'obtainedOn', c.obtained_on) ORDER BY c.level) FROM participant.language_certificate c
                  WHERE c.participant_id = :id), '[]'),
              'intakes', coalesce((SELECT jsonb_agg(to_jsonb(i) || jsonb_build_object('provider_code', pr.code,
                  'provider_name', pr.name) ORDER BY i.taken_on, i.id) FROM participant.intake i
                  JOIN provider.provider pr ON pr.id = i.provider_id WHERE i.participant_id = :id), '[]'),
              'documents', coalesce((SELECT jsonb_agg(to_jsonb(d) - 'content' ORDER BY d.id) FROM participant.document d
                  WHERE d.participant_id = :id), '[]'),
              'accessLog', coalesce((SELECT jsonb_agg(jsonb_build_object('at', a.at, 'role', a.role, 'action', a.action)
                  ORDER BY a.at, a.id) FROM participant.access_log a WHERE a.participant_id = :id), '[]'))::text""";

    private final JdbcClient jdbc;
    private final DocumentStore documents;
    private final ObjectProvider<PersonalDataSource> sources;

    SubjectAccessExport(JdbcClient jdbc, DocumentStore documents, ObjectProvider<PersonalDataSource> sources) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.sources = sources;
    }

    public byte[] zip(long participantId, String exportedAt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("exportedAt", exportedAt);
        root.set("participant", JSON.readTree(jdbc.sql(OWN_DATA).param("id", participantId).query(String.class).single()));
        sources.orderedStream().forEach(source -> root.set(source.section(), JSON.readTree(source.personalData(participantId))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("personal-data.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            zip.closeEntry();
            for (var document : documents.ofParticipant(participantId, null)) {
                StoredDocument content = documents.content(participantId, document.id(), null).orElseThrow();
                zip.putNextEntry(new ZipEntry("documents/" + document.id() + "-" + content.filename()));
                zip.write(content.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
