package it.integra.interchange.web;

import it.integra.interchange.InterchangeManagement;
import it.integra.interchange.RowError;
import it.integra.platform.CurrentUser;
import it.integra.shared.SpreadsheetCells;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The page where staff upload a dataset, watch its progress and read the result or the errors. */
@Controller
@RequestMapping("/interchange")
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
class InterchangePageController {

    static final int ERRORS_SHOWN = 200;

    private final InterchangeManagement interchange;
    private final ImportJobs jobs;
    private final MessageSource messages;

    InterchangePageController(InterchangeManagement interchange, ImportJobs jobs, MessageSource messages) {
        this.interchange = interchange;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("datasets", interchange.datasets());
        return "interchange/page";
    }

    @PostMapping("/imports")
    String upload(@RequestParam String dataset, @RequestParam("file") MultipartFile file, CurrentUser user,
                  Model model) throws IOException {
        model.addAttribute("datasets", interchange.datasets());
        String refusal = interchange.dataset(dataset).isEmpty() ? "interchange.upload.noDataset"
                : file.isEmpty() ? "interchange.upload.noFile" : typeRefusal(dataset, file);
        if (refusal != null) {
            model.addAttribute("uploadError", refusal);
            model.addAttribute("selected", dataset);
            return "interchange/page :: upload";
        }
        Path temporary = Files.createTempFile("integra-import-", ".upload");
        file.transferTo(temporary);
        String id = jobs.start(dataset, file.getOriginalFilename(), temporary, user);
        return job(id, user, model);
    }

    /** The reason a file is not taken, by its name and declared type (see {@link UploadTypes}); null if it is. */
    private String typeRefusal(String dataset, MultipartFile file) {
        String name = file.getOriginalFilename();
        boolean readsOther = interchange.readsOtherFormat(dataset, "application/xml", null);
        boolean taken = UploadTypes.isCsv(name) ? UploadTypes.csvPart(file.getContentType())
                : readsOther && name != null && interchange.readsOtherFormat(dataset, null, name)
                && UploadTypes.otherPart(file.getContentType());
        return taken ? null : readsOther ? "interchange.upload.typeOther" : "interchange.upload.type";
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable String id, CurrentUser user, Model model) {
        model.addAttribute("job", jobs.find(id, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("errorsShown", ERRORS_SHOWN);
        return "interchange/page :: job";
    }

    @GetMapping("/jobs/{id}/errors.csv")
    ResponseEntity<StreamingResponseBody> errors(@PathVariable String id, CurrentUser user, Locale locale) {
        ImportJob job = jobs.find(id, user).filter(ImportJob::rejected)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader("row", "column", "message", "location").get())) {
                for (RowError error : job.errors()) {
                    csv.printRecord(SpreadsheetCells.row(error.row(), error.column(),
                            messages.getMessage(error.messageKey(), error.arguments(), locale), error.location()));
                }
            }
        };
        return ResponseEntity.ok()
                .contentType(InterchangeApiController.TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + job.dataset() + "-errors.csv\"")
                .body(body);
    }
}
