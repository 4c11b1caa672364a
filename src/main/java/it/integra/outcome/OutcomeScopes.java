package it.integra.outcome;

import it.integra.outcome.internal.ScopeQueries;
import it.integra.platform.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the filters of the outcome pages into a scope the reader may see: a provider's operator sees
 * only its provider's pathways, an analyst bound to a region only that region's.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeScopes {

    private final ScopeQueries queries;

    OutcomeScopes(ScopeQueries queries) {
        this.queries = queries;
    }

    /**
     * @throws UnknownOutcomeFilterException when a code names nothing
     * @throws AccessDeniedException when an analyst bound to a region asks for another one
     */
    public OutcomeScope resolve(String programme, String call, String region, CurrentUser user) {
        requireOwnRegion(region, user);
        String regionCode = user.regionScope().orElse(blankToNull(region));
        queries.requireRegion(regionCode);
        return new OutcomeScope(queries.callIds(blankToNull(programme), blankToNull(call)),
                user.providerScope().orElse(null), regionCode);
    }

    /**
     * Refuses another region to an analyst bound to one, as the report API does: replacing it silently
     * would show figures under a heading the reader did not ask for.
     *
     * @throws AccessDeniedException when {@code region} is given and is not the user's own region
     */
    public static void requireOwnRegion(String region, CurrentUser user) {
        String asked = blankToNull(region);
        if (asked != null && user.regionScope().map(own -> !own.equals(asked)).orElse(false)) {
            throw new AccessDeniedException("outcomes outside the user's region");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
