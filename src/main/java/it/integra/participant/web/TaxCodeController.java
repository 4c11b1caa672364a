package it.integra.participant.web;

import it.integra.participant.AccessAction;
import it.integra.participant.ParticipantDetails;
import it.integra.participant.ParticipantManagement;
import it.integra.participant.ParticipantRecords;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import it.integra.shared.TaxCode;

/** Replacing a person's provisional tax code by the definitive one: staff and the provider in charge. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class TaxCodeController {

    private static final String FORM = "participant/tax-code";

    private final ParticipantManagement management;
    private final ParticipantRecords records;

    TaxCodeController(ParticipantManagement management, ParticipantRecords records) {
        this.management = management;
        this.records = records;
    }

    /** The new code typed on the form. */
    public static class TaxCodeForm {
        private String taxCode;

        public String getTaxCode() { return taxCode; }
        public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
    }

    @GetMapping("/participants/{id}/tax-code")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new TaxCodeForm());
        return show(id, user, model);
    }

    @PostMapping("/participants/{id}/tax-code")
    String replace(@PathVariable long id, @ModelAttribute("form") TaxCodeForm form, BindingResult binding,
                   CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            management.replaceTaxCode(id, TaxCode.clean(form.getTaxCode()), user);
            redirect.addFlashAttribute("notice", "participants.notice.taxCodeReplaced");
            return "redirect:/participants/" + id;
        } catch (ViolationException e) {
            e.addTo(binding);
            return show(id, user, model);
        }
    }

    private String show(long id, CurrentUser user, Model model) {
        ParticipantDetails person = records.open(id, user, AccessAction.VIEW);
        if (!records.mayChange(id, user) || person.erased()) {
            throw new AccessDeniedException("only staff and the provider in charge replace a tax code");
        }
        model.addAttribute("person", person);
        return FORM;
    }
}
