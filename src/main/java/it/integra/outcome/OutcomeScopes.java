package it.integra.outcome;

import it.integra.outcome.internal.ScopeQueries;
import it.integra.platform.CurrentUser;
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
     */
    public OutcomeScope resolve(String programme, String call, String region, CurrentUser user) {
        String regionCode = user.regionScope().orElse(blankToNull(region));
        queries.requireRegion(regionCode);
        return new OutcomeScope(queries.callIds(blankToNull(programme), blankToNull(call)),
                user.providerScope().orElse(null), regionCode);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
