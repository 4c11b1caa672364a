package it.integra.provider.web;

import it.integra.platform.CurrentUser;
import it.integra.provider.ApplicationManagement;
import it.integra.provider.ApplicationSummary;
import it.integra.provider.ProviderDetails;
import it.integra.provider.ProviderRegistry;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A provider's registry record and its applications, by provider code, for scripts. A provider's
 * operator gets only its own provider; any other code answers 404, as if it did not exist.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OFFICER', 'PROVIDER')")
class ProvidersApiController {

    private final ProviderRegistry providers;
    private final ApplicationManagement applications;

    ProvidersApiController(ProviderRegistry providers, ApplicationManagement applications) {
        this.providers = providers;
        this.applications = applications;
    }

    @GetMapping("/api/v1/providers/{code}")
    ProviderDetails provider(@PathVariable String code, CurrentUser user) {
        return visible(code, user);
    }

    @GetMapping("/api/v1/providers/{code}/applications")
    List<ApplicationSummary> applications(@PathVariable String code, CurrentUser user) {
        return applications.ofProvider(visible(code, user).id(), user);
    }

    private ProviderDetails visible(String code, CurrentUser user) {
        return providers.details(code, user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
