package it.integra.provider.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.PageView;
import it.integra.platform.Role;
import it.integra.platform.Views;
import it.integra.provider.ApplicationManagement;
import it.integra.provider.OperatorManagement;
import it.integra.provider.ProviderDetails;
import it.integra.provider.ProviderQuery;
import it.integra.provider.ProviderRegistry;
import it.integra.shared.ProviderType;
import it.integra.shared.Territory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Enti pages: the registry with filters, and a provider's page with its seats, operators and applications. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ProvidersController {

    static final int PAGE_SIZE = 20;
    private static final Map<String, String> PROVINCE_NAMES = Territory.provinces().stream()
            .collect(Collectors.toMap(Territory.Province::code, Territory.Province::name));

    private final ProviderRegistry providers;
    private final ApplicationManagement applications;
    private final OperatorManagement operators;

    ProvidersController(ProviderRegistry providers, ApplicationManagement applications, OperatorManagement operators) {
        this.providers = providers;
        this.applications = applications;
        this.operators = operators;
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
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("pending", user.isAuthorityStaff() ? applications.pendingCount() : 0);
        model.addAttribute("providers", PageView.of(
                providers.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE), user), request));
        return Views.pageOrFragment(request, "provider/list", "results");
    }

    @GetMapping("/providers/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        ProviderDetails provider = visible(providers, id, user);
        boolean own = user.providerScope().map(p -> p == id).orElse(false);
        model.addAttribute("provider", provider);
        model.addAttribute("province", Territory.province(provider.province()).orElse(null));
        model.addAttribute("provinceNames", PROVINCE_NAMES);
        model.addAttribute("staff", user.isAuthorityStaff());
        model.addAttribute("admin", user.is(Role.ADMIN));
        model.addAttribute("own", own);
        model.addAttribute("me", user.id());
        model.addAttribute("applications", applications.ofProvider(id, user));
        model.addAttribute("openCalls", own ? applications.callsOpenTo(user) : List.of());
        model.addAttribute("operators", operators.of(id, user));
        model.addAttribute("mayManageOperators", operators.mayManage(id, user));
        return "provider/detail";
    }

    /** The provider if the user may see it; otherwise the page does not exist for them. */
    static ProviderDetails visible(ProviderRegistry providers, long id, CurrentUser user) {
        return providers.details(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static void notice(RedirectAttributes redirect, String code, String subject) {
        redirect.addFlashAttribute("notice", code);
        redirect.addFlashAttribute("noticeUser", subject);
    }
}
