package it.integra.outcome;

import it.integra.outcome.OutcomeViews.Breakdown;
import it.integra.outcome.OutcomeViews.Headline;
import it.integra.outcome.OutcomeViews.Mix;
import it.integra.outcome.internal.FigureQueries;
import it.integra.outcome.internal.MixQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome figures of ended internships, read from the outcome facts that the imports keep up to
 * date: who had an employment contract 3, 6 and 12 months after the end, who was hired by the host,
 * the kind and length of the first contract, and breakdowns. Completed and early-ended internships
 * are always counted apart.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeFigures {

    private final FigureQueries figures;
    private final MixQueries mix;

    OutcomeFigures(FigureQueries figures, MixQueries mix) {
        this.figures = figures;
        this.mix = mix;
    }

    /** The internships of {@code status} in scope, and the 3, 6 and 12-month windows at {@code asOf}. */
    public Headline headline(OutcomeScope scope, EndStatus status, LocalDate asOf) {
        return figures.headline(scope, status, asOf);
    }

    /** The headline windows by call, province, target group, sex, age band and host sector. */
    public List<Breakdown> breakdowns(OutcomeScope scope, EndStatus status, LocalDate asOf, Locale locale) {
        return figures.breakdowns(scope, status, asOf, "en".equals(locale.getLanguage()));
    }

    /** The first contracts of those employed within each window, by kind and by duration. */
    public Mix mix(OutcomeScope scope, EndStatus status, LocalDate asOf) {
        return mix.mix(scope, status, asOf);
    }
}
