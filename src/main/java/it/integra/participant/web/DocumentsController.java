package it.integra.participant.web;

import it.integra.participant.DocumentKind;
import it.integra.participant.ParticipantDocuments;
import it.integra.participant.UploadDocument;
import it.integra.platform.CurrentUser;
import it.integra.platform.ViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's attachments: upload (PDF, JPEG or PNG, at most 10 MB; a refusal says why, on the
 * documents tab), download under the original name, removal.
 */
@Controller
@RequestMapping("/participants/{id}/documents")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class DocumentsController {

    private final ParticipantDocuments documents;
    private final PersonPage personPage;
    private final MessageSource messages;

    DocumentsController(ParticipantDocuments documents, PersonPage personPage, MessageSource messages) {
        this.documents = documents;
        this.personPage = personPage;
        this.messages = messages;
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(required = false) DocumentKind kind,
                  @RequestParam(required = false) MultipartFile file, CurrentUser user, Locale locale, Model model,
                  RedirectAttributes redirect) throws IOException {
        try {
            documents.upload(id, read(kind, file), user);
            redirect.addFlashAttribute("notice", "participants.notice.documentAdded");
            return "redirect:/participants/" + id + "?tab=documents";
        } catch (ViolationException e) {
            model.addAttribute("documentErrors", e.violations().stream()
                    .map(v -> messages.getMessage(v.code(), v.arguments().toArray(), v.code(), locale)).toList());
            model.addAttribute("documentKind", kind);
            return personPage.show(id, "documents", user, locale, model);
        }
    }

    @GetMapping("/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, CurrentUser user) {
        return Downloads.of(documents.download(id, documentId, user));
    }

    @PostMapping("/{documentId}/delete")
    String delete(@PathVariable long id, @PathVariable long documentId, CurrentUser user, RedirectAttributes redirect) {
        documents.delete(id, documentId, user);
        redirect.addFlashAttribute("notice", "participants.notice.documentDeleted");
        return "redirect:/participants/" + id + "?tab=documents";
    }

    /** Reads no more than one byte past the limit: a larger file is refused by its size alone. */
    private static UploadDocument read(DocumentKind kind, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return new UploadDocument(kind, null, null, new byte[0]);
        }
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes((int) UploadDocument.MAX_BYTES + 1);
            return new UploadDocument(kind, file.getOriginalFilename(), file.getContentType(), head, file.getSize());
        }
    }
}
