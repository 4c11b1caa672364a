package it.integra.programme.web;

import it.integra.platform.Bindings;
import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import it.integra.platform.PageView;
import it.integra.platform.Role;
import it.integra.platform.ViolationException;
import it.integra.platform.Views;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallNotFoundException;
import it.integra.programme.CallQuery;
import it.integra.programme.CallStatus;
import it.integra.programme.ProgrammeCatalogue;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calls: list, page, and the forms with which staff create, edit, publish and close them. */
@Controller
@RequestMapping("/programmes/calls")
class CallsController {

    static final int PAGE_SIZE = 20;

    private final CallManagement calls;
    private final ProgrammeCatalogue programmes;
    private final Clock clock;

    CallsController(CallManagement calls, ProgrammeCatalogue programmes, Clock clock) {
        this.calls = calls;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String programme,
                @RequestParam(required = false) CallStatus status, @RequestParam(defaultValue = "0") int page,
                HttpServletRequest request, Model model) {
        CallQuery query = new CallQuery(q, programme, status);
        model.addAttribute("query", query);
        model.addAttribute("programmes", programmes.programmes());
        model.addAttribute("statuses", CallStatus.values());
        model.addAttribute("calls", PageView.of(calls.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE)), request));
        return Views.pageOrFragment(request, "programme/calls/list", "results");
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, CurrentUser user, Model model) {
        CallDetails call = calls.find(code).orElseThrow(() -> new CallNotFoundException(code));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("call", call);
        model.addAttribute("editable", user.isAuthorityStaff() && call.editableOn(today));
        model.addAttribute("accepting", call.acceptsRequestsOn(today));
        model.addAttribute("staff", user.isAuthorityStaff());
        // both panels hold national figures, refused to region-bound analysts; the budget is the whole call's
        // money, not for providers' operators either (the counts give them their own provider's)
        FigureScope figures = FigureScope.of(user);
        model.addAttribute("callCounts", figures.readsNational());
        model.addAttribute("callBudget", figures.readsNational() && figures.provider().isEmpty());
        return "programme/calls/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String newForm(@RequestParam(required = false) String programme, Model model) {
        CallForm form = new CallForm();
        form.setProgramme(programme);
        model.addAttribute("form", form);
        return form(model, true);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String create(@ModelAttribute("form") CallForm form, BindingResult binding, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            Bindings.addOthers(calls.check(form.toCreate()), binding);
            return form(model, true);
        }
        try {
            CallDetails call = calls.create(form.toCreate(), user);
            redirect.addFlashAttribute("notice", "calls.notice.created");
            return "redirect:/programmes/calls/" + call.code();
        } catch (ViolationException e) {
            e.addTo(binding);
            return form(model, true);
        }
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String editForm(@PathVariable String code, Model model) {
        model.addAttribute("form", CallForm.of(calls.find(code).orElseThrow(() -> new CallNotFoundException(code))));
        return form(model, false);
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String update(@PathVariable String code, @ModelAttribute("form") CallForm form, BindingResult binding,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        form.setCode(code);
        if (binding.hasErrors()) {
            Bindings.addOthers(calls.check(form.toTerms()), binding);
            return form(model, false);
        }
        try {
            calls.edit(code, form.getVersion(), form.toTerms(), user);
            redirect.addFlashAttribute("notice", "calls.notice.edited");
            return "redirect:/programmes/calls/" + code;
        } catch (ViolationException e) {
            e.addTo(binding);
            return form(model, false);
        }
    }

    @PostMapping("/{code}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String publish(@PathVariable String code, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> calls.publish(code, user), code, "calls.notice.published", redirect);
    }

    @PostMapping("/{code}/close")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    String close(@PathVariable String code, CurrentUser user, RedirectAttributes redirect) {
        return step(() -> calls.close(code, user), code, "calls.notice.closed", redirect);
    }

    @ExceptionHandler(CallNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }

    private static String step(Runnable step, String code, String notice, RedirectAttributes redirect) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ViolationException e) {
            redirect.addFlashAttribute("problem", e.violations().get(0).code());
        }
        return "redirect:/programmes/calls/" + code;
    }

    private String form(Model model, boolean creating) {
        model.addAttribute("creating", creating);
        model.addAttribute("programmes", programmes.programmes());
        return "programme/calls/form";
    }
}
