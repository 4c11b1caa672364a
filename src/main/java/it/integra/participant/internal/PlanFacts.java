package it.integra.participant.internal;

import it.integra.participant.IntakeDetails;
import it.integra.participant.LanguageCertificate;
import it.integra.participant.ParticipantData;
import it.integra.participant.ParticipantDetails;
import it.integra.provider.ProviderSummary;
import it.integra.shared.Countries;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** The labelled facts of the plans, in Italian: keys are the labels' message keys, values the text. */
final class PlanFacts {

    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    PlanFacts(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> provider(ProviderSummary provider) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("plan.provider.name", provider.name());
        rows.put("plan.provider.taxCode", provider.taxCode());
        rows.put("plan.provider.code", provider.code());
        rows.put("plan.provider.type", label("ProviderType." + provider.type()));
        rows.put("plan.provider.province", provider.province());
        return rows;
    }

    Map<String, String> person(ParticipantDetails person) {
        ParticipantData.Identity identity = person.data().identity();
        ParticipantData.LegalStatus status = person.data().legalStatus();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("plan.person.name", identity.fullName());
        rows.put("plan.person.taxCode", person.taxCode()
                + (person.provisionalTaxCode() ? " " + label("plan.person.provisional") : ""));
        rows.put("plan.person.sex", identity.sex() == null ? null : label("Sex." + identity.sex()));
        rows.put("plan.person.birth", join(date(identity.birthDate()), identity.birthPlace(),
                country(identity.birthCountry())));
        rows.put("plan.person.citizenship", country(identity.citizenship()));
        rows.put("plan.person.targetGroup", status.targetGroup() == null ? null : label("TargetGroup." + status.targetGroup()));
        rows.put("plan.person.permit", status.permitType() == null ? null : join(label("PermitType." + status.permitType()),
                status.permitNumber(), status.permitExpiresOn() == null ? null
                        : label("plan.person.permitExpires", date(status.permitExpiresOn()))));
        rows.put("plan.person.contacts", join(identity.phone(), identity.email(), identity.address()));
        return rows;
    }

    Map<String, String> intake(IntakeDetails intake) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("plan.intake.takenOn", date(intake.takenOn()));
        rows.put("plan.intake.didOn", date(intake.didOn()));
        rows.put("plan.intake.agreementOn", date(intake.serviceAgreementOn()));
        return rows;
    }

    Map<String, String> profile(ParticipantDetails person) {
        ParticipantData.Profile profile = person.data().profile();
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("plan.profile.education", profile.educationLevel() == null ? null : label("isced." + profile.educationLevel()));
        rows.put("plan.profile.qualification", yesNo(profile.professionalQualification(), profile.qualification()));
        rows.put("plan.profile.experience", yesNo(profile.priorWorkExperience(), profile.workExperience()));
        rows.put("plan.profile.reception", profile.housedInReception() && profile.receptionKind() != null
                ? label("ReceptionKind." + profile.receptionKind()) : label(profile.housedInReception() ? "plan.yes" : "plan.no"));
        rows.put("plan.profile.italian", profile.languageKnowledge() == null ? null
                : label("LanguageKnowledge." + profile.languageKnowledge()));
        rows.put("plan.profile.certificates", profile.certificates().stream().map(this::certificate)
                .collect(Collectors.joining(", ")));
        return rows;
    }

    String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    private String certificate(LanguageCertificate certificate) {
        return certificate.obtainedOn() == null ? certificate.level().name()
                : certificate.level() + " (" + date(certificate.obtainedOn()) + ")";
    }

    private String yesNo(boolean yes, String detail) {
        return join(label(yes ? "plan.yes" : "plan.no"), detail);
    }

    private String country(String code) {
        return code == null ? null : Countries.name(code, ITALIAN);
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private String label(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ITALIAN);
    }
}
