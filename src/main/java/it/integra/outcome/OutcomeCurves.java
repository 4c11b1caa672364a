package it.integra.outcome;

import it.integra.outcome.OutcomeViews.Curve;
import it.integra.outcome.internal.CurveQueries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cumulative curves of the share employed by months after the end (0 to 24): the whole scope,
 * cohort {@code "*"}, first, then up to eight cohorts (calls, programmes or years of end) to compare.
 * A month counts only the internships whose window of that many months has closed by {@code asOf}.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeCurves {

    /** The cohort key of the curve of the whole scope. */
    public static final String EVERYONE = "*";

    private final CurveQueries queries;

    OutcomeCurves(CurveQueries queries) {
        this.queries = queries;
    }

    public List<Curve> curves(OutcomeScope scope, EndStatus status, LocalDate asOf, Cohort cohort) {
        return queries.curves(scope, status, asOf, cohort);
    }
}
