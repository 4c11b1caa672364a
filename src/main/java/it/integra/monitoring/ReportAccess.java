package it.integra.monitoring;

import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import it.integra.shared.Territory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which figures a user may ask, the one definition that the report API and every monitoring page,
 * fragment, pack and list apply (on top of {@link FigureScope}, shared with the outcome pages):
 * authority staff and national analysts everything; a provider's operator the figures of its own
 * provider's pathways and applications only; an analyst bound to a region only the territorial
 * figures (territory, sectors, profile) of that region, and only provinces of it.
 */
public final class ReportAccess {

    private ReportAccess() {
    }

    /**
     * The filter this user's request becomes: a region-bound analyst's region when none was asked, a
     * provider operator's provider.
     *
     * @throws AccessDeniedException for a national figure or another region asked by a region-bound analyst
     * @throws OutOfScopeFilterException for a province of another region asked by a region-bound analyst
     */
    public static ReportFilter scoped(ReportFilter filter, boolean territorial, CurrentUser user) {
        FigureScope scope = FigureScope.of(user);
        String region = scope.region(filter.region());
        if (!scope.readsNational()) {
            if (!territorial) {
                throw new AccessDeniedException("national figures asked by a region-bound analyst");
            }
            boolean elsewhere = Territory.province(filter.province())
                    .map(p -> !p.regionCode().equals(region)).orElse(false);
            if (elsewhere) {
                throw new OutOfScopeFilterException("report.filter.provinceOutside", filter.province());
            }
        }
        return filter.withRegion(region).withProvider(scope.providerId());
    }

    /** Whether the user may read the national figures (funnel, summary, services, outcomes, the pack). */
    public static boolean readsNational(CurrentUser user) {
        return FigureScope.of(user).readsNational();
    }
}
