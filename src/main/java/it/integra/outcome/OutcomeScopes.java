package it.integra.outcome;

import it.integra.outcome.internal.ScopeQueries;
import it.integra.platform.CurrentUser;
import it.integra.platform.FigureScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the filters of the outcome pages into a scope the reader may see, by the rule of every figure
 * ({@link FigureScope}): a provider's operator sees only its provider's pathways, an analyst bound to a
 * region only that region's and is refused another region.
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
     * @throws org.springframework.security.access.AccessDeniedException for another region than a
     *                                                                   region-bound analyst's
     */
    public OutcomeScope resolve(String programme, String call, String region, CurrentUser user) {
        FigureScope scope = FigureScope.of(user);
        String regionCode = scope.region(region);
        queries.requireRegion(regionCode);
        return new OutcomeScope(queries.callIds(blankToNull(programme), blankToNull(call)), scope.providerId(),
                regionCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
