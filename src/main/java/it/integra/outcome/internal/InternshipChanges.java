package it.integra.outcome.internal;

import it.integra.internship.InternshipsImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refreshes the outcome facts of internships that an import created or changed. A plain (synchronous)
 * listener on purpose: it runs inside the import's transaction, so facts and internships commit or
 * roll back together.
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
}
