package it.integra.monitoring;

import it.integra.platform.CurrentUser;
import it.integra.shared.Territory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may ask which figures: authority staff and national analysts everything; an analyst bound to a
 * region only the territorial figures (territory, sectors, profile) of that region, and only provinces
 * of it; provider operators nothing.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    /**
     * The filter this user's request becomes: a region-bound analyst's region replaces whatever region
     * was asked.
     *
     * @throws AccessDeniedException for provider operators, for a national figure or another region
     *                               asked by a region-bound analyst
     * @throws OutOfScopeFilterException for a province of another region asked by a region-bound analyst
     */
    public static ReportFilter scoped(ReportFilter filter, boolean territorial, CurrentUser user) {
        if (user.providerScope().isPresent()) {
            throw new AccessDeniedException("provider operators have no access to monitoring");
        }
        if (user.regionScope().isEmpty()) {
            return filter;
        }
        String own = user.regionCode();
        if (!territorial || filter.region() != null && !filter.region().equals(own)) {
            throw new AccessDeniedException("report outside the user's region");
        }
        boolean elsewhere = Territory.province(filter.province())
                .map(p -> !p.regionCode().equals(own)).orElse(false);
        if (elsewhere) {
            throw new OutOfScopeFilterException("report.filter.provinceOutside", filter.province());
        }
        return filter.withRegion(own);
    }
}
