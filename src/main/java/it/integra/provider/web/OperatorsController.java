package it.integra.provider.web;

import it.integra.platform.CreatedUser;
import it.integra.platform.CurrentUser;
import it.integra.platform.ProviderOperators.Operator;
import it.integra.platform.Role;
import it.integra.platform.ViolationException;
import it.integra.provider.OperatorManagement;
import it.integra.provider.ProviderDetails;
import it.integra.provider.ProviderRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's operators: the form that creates one (its generated password is shown once on the
 * provider's page) and the buttons that disable, enable and name the lead. For administrators and
 * the provider's lead operator; another provider's operators get no such page.
 */
@Controller
@RequestMapping("/providers/{id}/operators")
@PreAuthorize("hasAnyRole('ADMIN', 'PROVIDER')")
class OperatorsController {

    private final ProviderRegistry registry;
    private final OperatorManagement operators;

    OperatorsController(ProviderRegistry registry, OperatorManagement operators) {
        this.registry = registry;
        this.operators = operators;
    }

    @GetMapping("/new")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        ProviderDetails provider = managed(id, user);
        model.addAttribute("form", new OperatorForm());
        return view(model, provider, user);
    }

    @PostMapping
    String create(@PathVariable long id, @ModelAttribute("form") OperatorForm form, BindingResult binding,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        ProviderDetails provider = managed(id, user);
        try {
            CreatedUser created = operators.create(id, form.toCommand(), user);
            ProvidersController.notice(redirect, "providers.operators.notice.created", created.user().username());
            created.generatedPassword().ifPresent(password -> redirect.addFlashAttribute("generatedPassword", password));
            return "redirect:/providers/" + id + "#operators";
        } catch (ViolationException e) {
            e.addTo(binding);
            return view(model, provider, user);
        }
    }

    @PostMapping("/{operatorId}/disable")
    String disable(@PathVariable long id, @PathVariable long operatorId, CurrentUser user, RedirectAttributes redirect) {
        managed(id, user);
        try {
            Operator operator = operators.disable(id, operatorId, user);
            ProvidersController.notice(redirect, "providers.operators.notice.disabled", operator.username());
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).code());
        }
        return "redirect:/providers/" + id + "#operators";
    }

    @PostMapping("/{operatorId}/enable")
    String enable(@PathVariable long id, @PathVariable long operatorId, CurrentUser user, RedirectAttributes redirect) {
        managed(id, user);
        Operator operator = operators.enable(id, operatorId, user);
        ProvidersController.notice(redirect, "providers.operators.notice.enabled", operator.username());
        return "redirect:/providers/" + id + "#operators";
    }

    @PostMapping("/{operatorId}/lead")
    @PreAuthorize("hasRole('ADMIN')")
    String lead(@PathVariable long id, @PathVariable long operatorId, @RequestParam boolean lead, CurrentUser user,
                RedirectAttributes redirect) {
        managed(id, user);
        Operator operator = operators.setLead(id, operatorId, lead, user);
        ProvidersController.notice(redirect, lead ? "providers.operators.notice.lead" : "providers.operators.notice.notLead",
                operator.username());
        return "redirect:/providers/" + id + "#operators";
    }

    /** The provider, if the user sees it (404 otherwise) and manages its operators (403 otherwise). */
    private ProviderDetails managed(long id, CurrentUser user) {
        ProviderDetails provider = ProvidersController.visible(registry, id, user);
        if (!operators.mayManage(id, user)) {
            throw new AccessDeniedException("not a manager of provider " + id + "'s operators");
        }
        return provider;
    }

    private static String view(Model model, ProviderDetails provider, CurrentUser user) {
        model.addAttribute("provider", provider);
        model.addAttribute("admin", user.is(Role.ADMIN));
        return "provider/operators/new";
    }
}
