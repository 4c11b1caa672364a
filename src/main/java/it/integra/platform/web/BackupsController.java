package it.integra.platform.web;

import it.integra.platform.database.BackupFile;
import it.integra.platform.database.Backups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of backups: the ones kept, each to download, and the button that takes one
 * now. With an external database it says how that database is backed up instead.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BackupsController {

    private final Backups backups;

    BackupsController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backups")
    String list(Model model) {
        model.addAttribute("available", backups.available());
        model.addAttribute("backups", backups.available() ? backups.list() : java.util.List.of());
        return "platform/backups";
    }

    @PostMapping("/admin/backups")
    String create(RedirectAttributes redirect) {
        if (!backups.available()) {
            redirect.addFlashAttribute("problem", "backups.external.detail");
            return "redirect:/admin/backups";
        }
        BackupFile backup = backups.create();
        redirect.addFlashAttribute("notice", "backups.notice.created");
        redirect.addFlashAttribute("noticeUser", backup.name());
        return "redirect:/admin/backups";
    }
}
