package it.integra.outcome;

import it.integra.outcome.OutcomeViews.OutcomeInternship;
import it.integra.outcome.internal.SelectionQueries;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internships behind each outcome figure. Administrators, officers and a provider's operators (for
 * their own pathways, which is all their scope holds) see the participants' names; analysts see codes
 * only.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeInternships {

    private final SelectionQueries queries;

    OutcomeInternships(SelectionQueries queries) {
        this.queries = queries;
    }

    public Page<OutcomeInternship> find(OutcomeScope scope, LocalDate asOf, InternshipSelection selection,
                                        CurrentUser user, Pageable page) {
        boolean outsideProvider = user.providerScope().isPresent()
                && !user.providerScope().get().equals(scope.providerId());
        boolean outsideRegion = user.regionScope().isPresent() && !user.regionScope().get().equals(scope.regionCode());
        if (outsideProvider || outsideRegion) {
            throw new AccessDeniedException("internships outside the user's scope");
        }
        return queries.internships(scope, asOf, selection, seesNames(user), page);
    }

    public static boolean seesNames(CurrentUser user) {
        return user.role() != Role.ANALYST;
    }
}
