package it.integra.internship.web;

import it.integra.shared.Ateco;
import it.integra.shared.AtecoEdition;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ATECO codes suggested while a host's code is typed, in the host form and the start form: the
 * form says which of its fields holds the code ({@code field}); the edition is the field of the same
 * name with {@code Edition} after it, ATECO 2025 when absent.
 */
@Controller
class AtecoCodesController {

    static final int LIMIT = 20;

    @GetMapping("/internships/hosts/ateco-codes")
    String suggestions(@RequestParam(defaultValue = "ateco") String field,
                       @RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
        AtecoEdition edition = HostForm.edition(parameters.getFirst(field + "Edition"));
        model.addAttribute("suggestions", Ateco.edition(edition == null ? AtecoEdition.ATECO_2025 : edition)
                .suggest(parameters.getFirst(field), locale, LIMIT));
        return "internship/ateco-field :: options";
    }
}
