package it.integra.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.integra.platform.ApiTokenSummary;
import it.integra.platform.ApiTokens;
import it.integra.platform.CurrentUser;
import it.integra.platform.IssueApiToken;
import it.integra.platform.IssuedApiToken;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** API tokens for administrators' scripts: issue (the secret is in this answer only), list, revoke. */
@RestController
@RequestMapping("/api/v1/tokens")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Tokens", description = "API tokens for Authorization: Bearer (administrators only)")
class TokensApiController {

    private final ApiTokens tokens;

    TokensApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** What a script sends to issue a token: whose, what for, the last day it is valid. */
    record IssueRequest(Long userId, String name, LocalDate expiresOn) {
    }

    @GetMapping
    @Operation(summary = "The tokens of a user (all, newest first), or without user every token still valid")
    List<ApiTokenSummary> list(@RequestParam(name = "user", required = false) Long userId) {
        return userId == null ? tokens.active() : tokens.ofUser(userId);
    }

    @PostMapping
    @Operation(summary = "Issue a token to a user; the answer holds the secret, shown only this once",
            description = "400 with every refused field (userId, name, expiresOn). The token expires at the end "
                    + "of expiresOn, at most " + ApiTokens.MAX_DAYS + " days ahead.")
    ResponseEntity<IssuedApiToken> issue(@RequestBody IssueRequest request, CurrentUser admin) {
        IssuedApiToken issued = tokens.issue(new IssueApiToken(request.userId() == null ? 0 : request.userId(), request.name(),
                request.expiresOn()), admin);
        return ResponseEntity.status(HttpStatus.CREATED).body(issued);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token at once; revoking a revoked token changes nothing")
    ResponseEntity<Void> revoke(@PathVariable long id, CurrentUser admin) {
        tokens.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        tokens.revoke(id, admin);
        return ResponseEntity.noContent().build();
    }
}
