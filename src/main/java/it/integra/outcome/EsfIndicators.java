package it.integra.outcome;

import it.integra.outcome.internal.EsfQueries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ESF+ common indicators the programme can compute from its own records, for the fund's reporting
 * (definitions in docs/outcomes.md). Output indicators count participants: one per internship started
 * on or before the reference date. Result indicators count leavers, internships ended (completed or
 * early), whose measuring day has come: EECR04, employed on leaving, has an employment contract in
 * force on some day from the end to four weeks after it; EECR05, employed six months after leaving,
 * has one in force on the end date plus six months.
 */
@Service
@Transactional(readOnly = true)
public class EsfIndicators {

    private final EsfQueries queries;

    EsfIndicators(EsfQueries queries) {
        this.queries = queries;
    }

    public List<EsfIndicator> indicators(OutcomeScope scope, LocalDate asOf) {
        return queries.indicators(scope, asOf);
    }
}
