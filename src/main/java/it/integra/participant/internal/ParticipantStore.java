package it.integra.participant.internal;

import it.integra.participant.EarlierTaxCode;
import it.integra.participant.LanguageCertificate;
import it.integra.participant.ParticipantData;
import it.integra.participant.ParticipantDetails;
import it.integra.shared.CefrLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes people's records; every update checks the version it read. */
@Component
public class ParticipantStore {

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ParticipantDetails> byId(long id) {
        return jdbc.sql("SELECT " + RecordRows.COLUMNS + " FROM participant.participant p WHERE p.id = :id")
                .param("id", id)
                .query((rs, n) -> RecordRows.details(rs, certificates(id), earlierCodes(id)))
                .optional();
    }

    /** The person whose current or earlier code this is. */
    public Optional<Long> idByTaxCode(String taxCode) {
        return jdbc.sql("""
                        SELECT id FROM participant.participant WHERE tax_code = :code
                        UNION SELECT participant_id FROM participant.earlier_tax_code WHERE tax_code = :code""")
                .param("code", taxCode).query(Long.class).optional();
    }

    public long insert(String taxCode, ParticipantData data) {
        long id = RecordRows.bind(jdbc.sql("""
                        INSERT INTO participant.participant (tax_code, family_name, given_name, sex, birth_date,
                            birth_place, birth_country, citizenship, phone, email, address, target_group, permit_type,
                            permit_number, permit_expires_on, housed_in_reception, reception_kind, education_level,
                            professional_qualification, qualification, prior_work_experience, work_experience,
                            language_knowledge, language_levels)
                        VALUES (:taxCode, :familyName, :givenName, :sex, :birthDate, :birthPlace, :birthCountry,
                            :citizenship, :phone, :email, :address, :targetGroup, :permitType, :permitNumber,
                            :permitExpiresOn, :housed, :receptionKind, :educationLevel, :qualified, :qualification,
                            :experienced, :workExperience, :languageKnowledge, CAST(:levels AS varchar(2)[]))
                        RETURNING id"""), data)
                .param("taxCode", taxCode).query(Long.class).single();
        writeCertificates(id, data.profile().certificates());
        return id;
    }

    public void update(long id, int expectedVersion, ParticipantData data) {
        int updated = RecordRows.bind(jdbc.sql("""
                        UPDATE participant.participant SET family_name = :familyName, given_name = :givenName,
                            sex = :sex, birth_date = :birthDate, birth_place = :birthPlace, birth_country = :birthCountry,
                            citizenship = :citizenship, phone = :phone, email = :email, address = :address,
                            target_group = :targetGroup, permit_type = :permitType, permit_number = :permitNumber,
                            permit_expires_on = :permitExpiresOn, housed_in_reception = :housed,
                            reception_kind = :receptionKind, education_level = :educationLevel,
                            professional_qualification = :qualified, qualification = :qualification,
                            prior_work_experience = :experienced, work_experience = :workExperience,
                            language_knowledge = :languageKnowledge, language_levels = CAST(:levels AS varchar(2)[]),
                            updated_at = now(), version = version + 1
                        WHERE id = :id AND version = :version AND erased_on IS NULL"""), data)
                .param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("participant " + id + " changed meanwhile");
        }
        writeCertificates(id, data.profile().certificates());
    }

    /** Keeps the current code as an earlier one and makes {@code taxCode} current. */
    public void replaceTaxCode(long id, String current, String taxCode, LocalDate on) {
        jdbc.sql("INSERT INTO participant.earlier_tax_code (tax_code, participant_id, replaced_on) VALUES (:code, :id, :on)")
                .param("code", current).param("id", id).param("on", on).update();
        jdbc.sql("UPDATE participant.participant SET tax_code = :code, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("code", taxCode).param("id", id).update();
    }

    /**
     * The record as the audit trail keeps it: everything but the direct identifiers (names, tax code,
     * contacts, permit number, place of birth), so that erasure never has to rewrite the trail.
     */
    public String auditJson(long id) {
        return jdbc.sql("""
                        SELECT jsonb_build_object('taxCodeForm', CASE WHEN length(tax_code) = 11 THEN 'PROVISIONAL'
                                   ELSE 'DEFINITIVE' END, 'sex', sex, 'birthYear', extract(year FROM birth_date)::int,
                               'birthCountry', birth_country, 'citizenship', citizenship, 'targetGroup', target_group,
                               'permitType', permit_type, 'permitExpiresOn', permit_expires_on,
                               'housedInReception', housed_in_reception, 'receptionKind', reception_kind,
                               'educationLevel', education_level, 'professionalQualification', professional_qualification,
                               'priorWorkExperience', prior_work_experience, 'languageKnowledge', language_knowledge,
                               'languageLevels', language_levels, 'erasedOn', erased_on)::text
                        FROM participant.participant WHERE id = :id""")
                .param("id", id).query(String.class).single();
    }

    List<LanguageCertificate> certificates(long id) {
        return jdbc.sql("""
                        SELECT l.level, c.obtained_on
                        FROM participant.participant p
                        CROSS JOIN LATERAL unnest(p.language_levels) AS l(level)
                        LEFT JOIN participant.language_certificate c ON c.participant_id = p.id AND c.level = l.level
                        WHERE p.id = :id ORDER BY l.level""")
                .param("id", id)
                .query((rs, n) -> new LanguageCertificate(CefrLevel.valueOf(rs.getString("level")),
                        rs.getObject("obtained_on", LocalDate.class)))
                .list();
    }

    List<EarlierTaxCode> earlierCodes(long id) {
        return jdbc.sql("SELECT tax_code, replaced_on FROM participant.earlier_tax_code WHERE participant_id = :id ORDER BY replaced_on")
                .param("id", id).query(EarlierTaxCode.class).list();
    }

    private void writeCertificates(long id, List<LanguageCertificate> certificates) {
        jdbc.sql("DELETE FROM participant.language_certificate WHERE participant_id = :id").param("id", id).update();
        for (LanguageCertificate certificate : certificates) {
            jdbc.sql("INSERT INTO participant.language_certificate (participant_id, level, obtained_on) VALUES (:id, :level, :on)")
                    .param("id", id).param("level", certificate.level().name()).param("on", certificate.obtainedOn())
                    .update();
        }
    }
}
