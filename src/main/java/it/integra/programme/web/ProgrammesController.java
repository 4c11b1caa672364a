package it.integra.programme.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.programme.ProgrammeCatalogue;
import it.integra.programme.ProgrammeDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
        model.addAttribute("programme", existing(code));
        return "programme/detail";
    }

    @GetMapping("/programmes/{code}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable String code, Model model) {
        ProgrammeDetails programme = existing(code);
        model.addAttribute("form", ProgrammeModelForm.of(programme, catalogue.version(code)));
        model.addAttribute("programme", programme);
        return "programme/edit";
    }

    @PostMapping("/programmes/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable String code, @ModelAttribute("form") ProgrammeModelForm form, BindingResult binding,
                CurrentUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", existing(code));
        if (binding.hasErrors()) {
            return "programme/edit";
        }
        try {
            catalogue.changeModel(code, form.toChange(), user);
            redirect.addFlashAttribute("notice", "programme.notice.edited");
            return "redirect:/programmes/" + code;
        } catch (ViolationException e) {
            e.addTo(binding);
            return "programme/edit";
        }
    }

    private ProgrammeDetails existing(String code) {
        return catalogue.programme(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
