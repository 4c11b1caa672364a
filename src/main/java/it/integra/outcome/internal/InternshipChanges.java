package it.integra.outcome.internal;

import it.integra.internship.InternshipEvents.InternshipCompleted;
import it.integra.internship.InternshipEvents.InternshipTerminated;
import it.integra.internship.InternshipsImported;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the outcome facts of internships that an import created or changed, or that a provider
 * ended on the internship's page. A plain (synchronous) listener on purpose: it runs inside the
 * import's or the lifecycle step's transaction, so facts and internships commit or roll back together.
 */
@Component
class InternshipChanges {

    private final OutcomeFacts facts;

    InternshipChanges(OutcomeFacts facts) {
        this.facts = facts;
    }

    @EventListener
    void on(InternshipsImported event) {
        facts.refreshInternships(event.internshipIds());
    }

    @EventListener
    void on(InternshipCompleted event) {
        facts.refreshInternships(List.of(event.internshipId()));
    }

    @EventListener
    void on(InternshipTerminated event) {
        facts.refreshInternships(List.of(event.internshipId()));
    }
}
