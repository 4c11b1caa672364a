package it.integra.participant.internal;

import it.integra.participant.EarlierTaxCode;
import it.integra.participant.LanguageCertificate;
import it.integra.participant.ParticipantData;
import it.integra.participant.ParticipantData.Identity;
import it.integra.participant.ParticipantData.LegalStatus;
import it.integra.participant.ParticipantData.Profile;
import it.integra.participant.ParticipantDetails;
import it.integra.participant.PermitType;
import it.integra.participant.ReceptionKind;
import it.integra.shared.CefrLevel;
import it.integra.shared.LanguageKnowledge;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mapping between a row of participant.participant and the record's three parts. */
final class RecordRows {

    static final String COLUMNS = """
            p.id, p.tax_code, p.pseudonym, p.family_name, p.given_name, p.sex, p.birth_date, p.birth_place,
            p.birth_country, p.citizenship, p.phone, p.email, p.address, p.target_group, p.permit_type,
            p.permit_number, p.permit_expires_on, p.housed_in_reception, p.reception_kind, p.education_level,
            p.professional_qualification, p.qualification, p.prior_work_experience, p.work_experience,
            p.language_knowledge, p.erased_on, p.version""";

    private RecordRows() {
    }

    static ParticipantDetails details(ResultSet rs, List<LanguageCertificate> certificates,
                                      List<EarlierTaxCode> earlier) throws SQLException {
        Identity identity = new Identity(rs.getString("family_name"), rs.getString("given_name"),
                value(rs.getString("sex"), Sex::valueOf), rs.getObject("birth_date", LocalDate.class),
                rs.getString("birth_place"), rs.getString("birth_country"), rs.getString("citizenship"),
                rs.getString("phone"), rs.getString("email"), rs.getString("address"));
        LegalStatus status = new LegalStatus(value(rs.getString("target_group"), TargetGroup::valueOf),
                value(rs.getString("permit_type"), PermitType::valueOf), rs.getString("permit_number"),
                rs.getObject("permit_expires_on", LocalDate.class));
        Profile profile = new Profile(rs.getBoolean("housed_in_reception"),
                value(rs.getString("reception_kind"), ReceptionKind::valueOf),
                rs.getObject("education_level", Integer.class), rs.getBoolean("professional_qualification"),
                rs.getString("qualification"), rs.getBoolean("prior_work_experience"), rs.getString("work_experience"),
                value(rs.getString("language_knowledge"), LanguageKnowledge::valueOf), certificates);
        return new ParticipantDetails(rs.getLong("id"), rs.getString("tax_code"), rs.getString("pseudonym"),
                new ParticipantData(identity, status, profile), earlier, rs.getObject("erased_on", LocalDate.class),
                rs.getInt("version"));
    }

    /** Binds every column of the record except the tax code. */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ParticipantData data) {
        Identity identity = data.identity();
        LegalStatus status = data.legalStatus();
        Profile profile = data.profile();
        return statement
                .param("familyName", identity.familyName()).param("givenName", identity.givenName())
                .param("sex", name(identity.sex())).param("birthDate", identity.birthDate())
                .param("birthPlace", identity.birthPlace()).param("birthCountry", identity.birthCountry())
                .param("citizenship", identity.citizenship()).param("phone", identity.phone())
                .param("email", identity.email()).param("address", identity.address())
                .param("targetGroup", name(status.targetGroup())).param("permitType", name(status.permitType()))
                .param("permitNumber", status.permitNumber()).param("permitExpiresOn", status.permitExpiresOn())
                .param("housed", profile.housedInReception())
                .param("receptionKind", profile.housedInReception() ? name(profile.receptionKind()) : null)
                .param("educationLevel", profile.educationLevel())
                .param("qualified", profile.professionalQualification())
                .param("qualification", profile.qualification())
                .param("experienced", profile.priorWorkExperience())
                .param("workExperience", profile.workExperience())
                .param("languageKnowledge", name(profile.languageKnowledge()))
                .param("levels", levels(profile.certificates()));
    }

    /** A PostgreSQL array literal of the certificates' levels, in order. */
    static String levels(List<LanguageCertificate> certificates) {
        return certificates.stream().map(LanguageCertificate::level).sorted().map(CefrLevel::name)
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <T> T value(String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }
}
