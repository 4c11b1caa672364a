package it.integra.participant.web;

import it.integra.participant.DocumentKind;
import it.integra.participant.PermitType;
import it.integra.participant.ReceptionKind;
import it.integra.shared.Countries;
import it.integra.shared.LanguageKnowledge;
import it.integra.shared.Sex;
import it.integra.shared.TargetGroup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.ui.Model;

/** The choices the participant forms offer, with countries named in the user's language. */
final class FormOptions {

    private FormOptions() {
    }

    static void addTo(Model model, Locale locale) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("permitTypes", PermitType.values());
        model.addAttribute("receptionKinds", ReceptionKind.values());
        model.addAttribute("languageKnowledge", LanguageKnowledge.values());
        model.addAttribute("educationLevels", IntStream.rangeClosed(0, 8).boxed().toList());
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("countries", countries(locale));
    }

    /** Country codes to names, sorted by name in the language given. */
    static Map<String, String> countries(Locale locale) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
        Map<String, String> names = new LinkedHashMap<>();
        Countries.byName(language).forEach(code -> names.put(code, Countries.name(code, language)));
        return names;
    }
}
