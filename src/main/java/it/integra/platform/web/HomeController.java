package it.integra.platform.web;

import it.integra.platform.CurrentUser;
import it.integra.platform.DemoAccounts;
import org.springframework.beans.factory.ObjectProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final Duration lockDuration;
    private final ObjectProvider<DemoAccounts> demo;

    HomeController(@Value("${integra.login.lock-duration:PT15M}") Duration lockDuration,
                   ObjectProvider<DemoAccounts> demo) {
        this.lockDuration = lockDuration;
        this.demo = demo;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (user.is(it.integra.platform.Role.ANALYST)) {
            return "redirect:/monitoring";
        }
        model.addAttribute("user", user);
        return "platform/home";
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            model.addAttribute("username", session.getAttribute("LOGIN_USERNAME"));
            session.removeAttribute("LOGIN_USERNAME");
        }
        model.addAttribute("lockMinutes", lockDuration.toMinutes());
        DemoAccounts accounts = demo.getIfAvailable();
        if (accounts != null) {
            model.addAttribute("demoUsers", accounts.accounts());
        }
        return "platform/login";
    }

    @GetMapping({"/privacy", "/accessibility"})
    String legal(HttpServletRequest request, Model model) {
        model.addAttribute("topic", request.getRequestURI().endsWith("privacy") ? "privacy" : "accessibility");
        return "platform/legal";
    }
}
