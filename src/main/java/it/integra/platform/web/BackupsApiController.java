package it.integra.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.platform.Problems;
import it.integra.platform.database.BackupFile;
import it.integra.platform.database.Backups;
import it.integra.platform.database.BackupsUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Online backups of the embedded database for administrators' scripts: take one, list them, download
 * one. With an external database every route answers 409: its server's own tools back it up.
 */
@RestController
@RequestMapping("/api/v1/admin/backups")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Backups", description = "Online backups of the embedded database (administrators only)")
class BackupsApiController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final Backups backups;
    private final Problems problems;

    BackupsApiController(Backups backups, Problems problems) {
        this.backups = backups;
        this.problems = problems;
    }

    @PostMapping
    @Operation(summary = "Take a backup now, while the application keeps running; 201 with its name and size",
            description = "409 when the application runs on an external database.")
    ResponseEntity<BackupFile> create() {
        BackupFile backup = backups.create();
        return ResponseEntity.created(URI.create("/api/v1/admin/backups/" + backup.name())).body(backup);
    }

    @GetMapping
    @Operation(summary = "The backups kept under <data folder>/backups, newest first")
    List<BackupFile> list() {
        return backups.list();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Download a backup (a zip to restore with --integra.restore-from=FILE); 404 for any other name")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path file = backups.file(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }

    @ExceptionHandler(BackupsUnavailableException.class)
    ResponseEntity<ProblemDetail> external(HttpServletRequest request) {
        return Problems.answer(problems.of(HttpStatus.CONFLICT, "backups.external.title", "backups.external.detail"),
                request.getRequestURI());
    }
}
