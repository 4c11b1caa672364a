package it.integra.programme.web;

import it.integra.programme.ProgrammeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The Programmi pages: the built-in programmes and, for each, its model and calls. Read-only. */
@Controller
class ProgrammesController {

    private final ProgrammeCatalogue catalogue;

    ProgrammesController(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", catalogue.programmes());
        return "programme/list";
    }

    @GetMapping("/programmes/{code}")
    String detail(@PathVariable String code, Model model) {
        model.addAttribute("programme", catalogue.programme(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "programme/detail";
    }
}
