package it.integra.participant.internal;

import it.integra.participant.LanguageCertificate;
import it.integra.participant.ParticipantData.Identity;
import it.integra.participant.ParticipantData.LegalStatus;
import it.integra.participant.ParticipantData.Profile;
import it.integra.participant.ParticipantData;
import it.integra.platform.Violation;
import it.integra.shared.Countries;
import it.integra.shared.InvalidValueException;
import it.integra.shared.Sex;
import it.integra.shared.SpreadsheetCells;
import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a person's record must meet, each broken rule reported with the form field it concerns.
 * A 16-character tax code must also agree with the birth date and sex it encodes.
 */
public final class RecordPolicy {

    /** Fields holding a name, which may not begin like a spreadsheet formula. */
    private static final Set<String> NAMES = Set.of("familyName", "givenName");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ./-]{5,24}$");
    private static final Pattern PERMIT_NUMBER = Pattern.compile("^[A-Z0-9][A-Z0-9 /-]{0,39}$");
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int OLDEST_AGE = 100;

    private RecordPolicy() {
    }

    /** The tax code's own form: empty when valid, else the shared bundle's reason. */
    public static List<Violation> checkTaxCode(String field, String taxCode) {
        try {
            TaxCode.parse(taxCode);
            return List.of();
        } catch (InvalidValueException e) {
            return List.of(Violation.of(field, e.messageKey(), e.arguments()));
        }
    }

    /** A definitive code must encode the record's birth date and sex. */
    public static List<Violation> checkAgreement(String field, String taxCode, Identity identity) {
        if (!TaxCode.isValid(taxCode) || identity.birthDate() == null || identity.sex() == null) {
            return List.of();
        }
        TaxCode code = TaxCode.parse(taxCode);
        if (code.isNumeric()) {
            return List.of();
        }
        String value = code.value();
        int year = Integer.parseInt(digits(value, 6, 8));
        int month = MONTHS.indexOf(value.charAt(8)) + 1;
        int day = Integer.parseInt(digits(value, 9, 11));
        Sex sex = day > 40 ? Sex.F : Sex.M;
        LocalDate birth = identity.birthDate();
        boolean agrees = birth.getYear() % 100 == year && birth.getMonthValue() == month
                && birth.getDayOfMonth() == day % 40 && identity.sex() == sex;
        return agrees ? List.of() : List.of(Violation.of(field, "participant.taxCode.disagrees"));
    }

    public static List<Violation> check(ParticipantData data, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        identity(data.identity(), today, violations);
        legalStatus(data.legalStatus(), violations);
        profile(data.profile(), today, violations);
        return violations;
    }

    private static void identity(Identity identity, LocalDate today, List<Violation> violations) {
        text(violations, "familyName", identity.familyName(), 200, true);
        text(violations, "givenName", identity.givenName(), 200, true);
        required(violations, "sex", identity.sex());
        if (identity.birthDate() == null) {
            violations.add(Violation.of("birthDate", "participant.required"));
        } else if (identity.birthDate().isAfter(today) || identity.birthDate().isBefore(today.minusYears(OLDEST_AGE))) {
            violations.add(Violation.of("birthDate", "participant.birthDate.range", OLDEST_AGE));
        }
        text(violations, "birthPlace", identity.birthPlace(), 200, false);
        country(violations, "birthCountry", identity.birthCountry(), false);
        country(violations, "citizenship", identity.citizenship(), true);
        matches(violations, "phone", identity.phone(), PHONE, "participant.phone.form");
        matches(violations, "email", identity.email(), EMAIL, "participant.email.form");
        text(violations, "email", identity.email(), 200, false);
        text(violations, "address", identity.address(), 300, false);
    }

    private static void legalStatus(LegalStatus status, List<Violation> violations) {
        required(violations, "targetGroup", status.targetGroup());
        matches(violations, "permitNumber", status.permitNumber(), PERMIT_NUMBER, "participant.permitNumber.form");
        if (status.permitType() == null && (status.permitNumber() != null || status.permitExpiresOn() != null)) {
            violations.add(Violation.of("permitType", "participant.permitType.required"));
        }
    }

    private static void profile(Profile profile, LocalDate today, List<Violation> violations) {
        if (profile.housedInReception() && profile.receptionKind() == null) {
            violations.add(Violation.of("receptionKind", "participant.receptionKind.required"));
        }
        if (profile.educationLevel() != null && (profile.educationLevel() < 0 || profile.educationLevel() > 8)) {
            violations.add(Violation.of("educationLevel", "participant.educationLevel.range"));
        }
        text(violations, "qualification", profile.qualification(), 500, false);
        text(violations, "workExperience", profile.workExperience(), 2000, false);
        required(violations, "languageKnowledge", profile.languageKnowledge());
        for (LanguageCertificate certificate : profile.certificates()) {
            if (certificate.obtainedOn() != null && certificate.obtainedOn().isAfter(today)) {
                violations.add(Violation.of("certificates[" + certificate.level().ordinal() + "].obtainedOn",
                        "participant.date.future"));
            }
        }
    }

    private static void required(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(Violation.of(field, "participant.required"));
        }
    }

    private static void text(List<Violation> violations, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                violations.add(Violation.of(field, "participant.required"));
            }
        } else if (value.length() > max) {
            violations.add(Violation.of(field, "participant.tooLong", max));
        } else if (NAMES.contains(field) && SpreadsheetCells.startsLikeFormula(value)) {
            violations.add(Violation.of(field, "name.formula"));
        }
    }

    private static void country(List<Violation> violations, String field, String code, boolean required) {
        if (code == null) {
            required(violations, field, required ? null : "");
        } else if (!Countries.isValid(code)) {
            violations.add(Violation.of(field, "participant.country.unknown", code));
        }
    }

    private static void matches(List<Violation> violations, String field, String value, Pattern pattern, String code) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(Violation.of(field, code));
        }
    }

    /** The digits of a stretch of a personal code, with omocodia letters turned back into digits. */
    private static String digits(String code, int from, int to) {
        StringBuilder digits = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            digits.append(Character.isDigit(c) ? c : (char) ('0' + OMOCODIA.indexOf(c)));
        }
        return digits.toString();
    }
}
