package it.integra.interchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.interchange.ImportProgress;
import it.integra.interchange.ImportResult;
import it.integra.interchange.InterchangeManagement;
import it.integra.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Interchange", description = "Bulk import and export of the contract's datasets (CSV)")
class InterchangeApiController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final InterchangeManagement interchange;

    InterchangeApiController(InterchangeManagement interchange) {
        this.interchange = interchange;
    }

    /** Only {@code text/csv}: another type (a form, a multipart upload, curl's default) is a 415 naming the types taken. */
    @PostMapping(path = "/imports/{dataset}", produces = MediaType.APPLICATION_JSON_VALUE, consumes = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
    @Operation(summary = "Import a CSV file of a dataset, all or nothing",
            description = "Body: text/csv in UTF-8 with a header row. 200 with the counts, 422 with every row error. "
                    + "Staff import every dataset; providers' operators only attendance, for their own internships.")
    ImportResult importCsv(@PathVariable String dataset, HttpServletRequest request, CurrentUser user)
            throws IOException {
        try (Reader csv = CsvRequests.utf8(request.getInputStream())) {
            return interchange.importCsv(dataset, csv, user, ImportProgress.NONE);
        }
    }

    @PostMapping(path = "/imports/{dataset}", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/zip",
                "application/x-zip-compressed"})
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Operation(summary = "Import a file of a dataset in another format it reads, all or nothing",
            description = "contracts: UniLav XML (application/xml) or a ZIP of UniLav XML files (application/zip). "
                    + "200 with the counts, 422 with every error and where it is in the file, 415 if the dataset "
                    + "does not read that format.")
    ImportResult importFile(@PathVariable String dataset, HttpServletRequest request, CurrentUser user)
            throws IOException {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        try (InputStream body = request.getInputStream()) {
            return interchange.importFile(dataset, body, type.getType() + "/" + type.getSubtype(), null, user,
                    ImportProgress.NONE);
        }
    }

    @GetMapping(path = "/exports/{dataset}", produces = "text/csv")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Export a dataset as CSV in the columns of its import")
    ResponseEntity<StreamingResponseBody> exportCsv(@PathVariable String dataset, CurrentUser user) {
        // refused before the body streams, so that the client gets a 403 or 404 problem rather than a broken 500
        interchange.exportable(dataset, user);
        StreamingResponseBody body = out -> interchange.exportCsv(dataset, out, user);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + dataset + ".csv\"")
                .body(body);
    }
}
