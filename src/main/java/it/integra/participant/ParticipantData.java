package it.integra.participant;

import it.integra.shared.LanguageKnowledge;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What staff and providers write on a person's record, as three parts: identity, legal status and
 * profile at intake. Texts arrive trimmed, blanks as null; whether the whole is acceptable is for
 * {@link ParticipantManagement#check} to say, field by field.
 */
public record ParticipantData(Identity identity, LegalStatus legalStatus, Profile profile) {

    /** Who the person is and how to reach them. Countries are ISO 3166-1 alpha-2 codes. */
    public record Identity(String familyName, String givenName, Sex sex, LocalDate birthDate, String birthPlace,
                           String birthCountry, String citizenship, String phone, String email, String address) {

        public Identity {
            familyName = clean(familyName);
            givenName = clean(givenName);
            birthPlace = clean(birthPlace);
            birthCountry = upper(birthCountry);
            citizenship = upper(citizenship);
            phone = clean(phone);
            email = clean(email);
            address = clean(address);
        }

        public String fullName() {
            return familyName + " " + givenName;
        }
    }

    /** The person's target group and residence permit. */
    public record LegalStatus(TargetGroup targetGroup, PermitType permitType, String permitNumber,
                              LocalDate permitExpiresOn) {

        public LegalStatus {
            permitNumber = upper(permitNumber);
        }

        public PermitAlert permitAlert(LocalDate today) {
            return PermitAlert.of(permitExpiresOn, today);
        }
    }

    /**
     * The person's situation when taken in charge.
     *
     * @param educationLevel the highest ISCED 2011 level completed, 0 to 8, or null when unknown
     */
    public record Profile(boolean housedInReception, ReceptionKind receptionKind, Integer educationLevel,
                          boolean professionalQualification, String qualification, boolean priorWorkExperience,
                          String workExperience, LanguageKnowledge languageKnowledge,
                          List<LanguageCertificate> certificates) {

        public Profile {
            qualification = clean(qualification);
            workExperience = clean(workExperience);
            certificates = certificates == null ? List.of() : List.copyOf(certificates);
        }
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String upper(String text) {
        String cleaned = clean(text);
        return cleaned == null ? null : cleaned.toUpperCase(Locale.ROOT);
    }
}
