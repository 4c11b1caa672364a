package it.integra.provider.web;

import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import it.integra.provider.ProviderDetails;
import it.integra.provider.ProviderManagement;
import it.integra.provider.ProviderRegistry;
import it.integra.shared.ProviderType;
import it.integra.shared.Territory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that register a provider and edit it: the authority's staff edit everything but the
 * code, the provider's own operators its contacts and operating seats. The seat rows are added and
 * removed by submitting the form, so the page works without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ProviderFormController {

    private final ProviderRegistry registry;
    private final ProviderManagement providers;

    ProviderFormController(ProviderRegistry registry, ProviderManagement providers) {
        this.registry = registry;
        this.providers = providers;
    }

    @GetMapping("/providers/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String newForm(Model model) {
        model.addAttribute("form", ProviderForm.blank());
        return view(model, null, true);
    }

    @PostMapping("/providers")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String create(@ModelAttribute("form") ProviderForm form, BindingResult binding,
                  @RequestParam(required = false) String addSeat, @RequestParam(required = false) Integer removeSeat,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        if (changesRows(form, addSeat, removeSeat) || binding.hasErrors()) {
            return view(model, null, true);
        }
        try {
            ProviderDetails created = providers.register(form.getCode(), form.toData(), user);
            ProvidersController.notice(redirect, "providers.notice.created", created.name());
            return "redirect:/providers/" + created.id();
        } catch (ViolationException e) {
            Bindings.addOthers(e.violations(), binding);
            return view(model, null, true);
        }
    }

    @GetMapping("/providers/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        ProviderDetails provider = ProvidersController.visible(registry, id, user);
        model.addAttribute("form", ProviderForm.of(provider));
        return view(model, provider, user.isAuthorityStaff());
    }

    @PostMapping("/providers/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ProviderForm form, BindingResult binding,
                  @RequestParam(required = false) String addSeat, @RequestParam(required = false) Integer removeSeat,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        ProviderDetails provider = ProvidersController.visible(registry, id, user);
        boolean full = user.isAuthorityStaff();
        if (changesRows(form, addSeat, removeSeat) || binding.hasErrors()) {
            return view(model, provider, full);
        }
        try {
            ProviderDetails saved = full
                    ? providers.edit(id, form.getVersion(), form.toData(), user)
                    : providers.editContacts(id, form.getVersion(), form.toContacts(), form.toSeats(), user);
            ProvidersController.notice(redirect, "providers.notice.edited", saved.name());
            return "redirect:/providers/" + id;
        } catch (ViolationException e) {
            Bindings.addOthers(e.violations(), binding);
            return view(model, provider, full);
        }
    }

    /** Adds or removes a seat row when the person asked for that rather than for saving. */
    private static boolean changesRows(ProviderForm form, String addSeat, Integer removeSeat) {
        if (removeSeat != null) {
            form.removeSeat(removeSeat);
            return true;
        }
        form.dropBlankSeats();
        if (addSeat != null) {
            form.addSeat();
            return true;
        }
        return false;
    }

    private static String view(Model model, ProviderDetails provider, boolean full) {
        ProviderForm form = (ProviderForm) model.getAttribute("form");
        if (form != null && form.getSeats().isEmpty()) {
            form.addSeat();
        }
        model.addAttribute("provider", provider);
        model.addAttribute("creating", provider == null);
        model.addAttribute("full", full);
        model.addAttribute("types", ProviderType.values());
        model.addAttribute("provinces", Territory.provinces());
        return "provider/form";
    }
}
