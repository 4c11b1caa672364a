package it.integra.provider.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.Views;
import it.integra.provider.ProviderQuery;
import it.integra.provider.ProviderRegistry;
import it.integra.provider.ProviderSummary;
import it.integra.shared.ProviderType;
import it.integra.shared.Territory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The Enti pages: the registry with filters, and a provider's page. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ProvidersController {

    static final int PAGE_SIZE = 20;

    private final ProviderRegistry providers;

    ProvidersController(ProviderRegistry providers) {
        this.providers = providers;
    }

    @GetMapping("/providers")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                @RequestParam(required = false) String province, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, HttpServletRequest request, Model model) {
        if (user.providerScope().isPresent() && !Views.isHtmx(request)) {
            return "redirect:/providers/" + user.providerId();
        }
        ProviderQuery query = new ProviderQuery(q, type, province);
        model.addAttribute("query", query);
        model.addAttribute("types", ProviderType.values());
        model.addAttribute("provinces", Territory.provinces());
        model.addAttribute("providers", PageView.of(
                providers.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user), request));
        return Views.pageOrFragment(request, "provider/list", "results");
    }

    @GetMapping("/providers/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        ProviderSummary provider = providers.find(id, user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("provider", provider);
        model.addAttribute("applications", providers.applications(id));
        return "provider/detail";
    }
}
