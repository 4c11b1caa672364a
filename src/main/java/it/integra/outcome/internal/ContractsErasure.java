package it.integra.outcome.internal;

import it.integra.participant.ParticipantErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Forgets an erased person's tax code in their contracts: the worker's code becomes the code that now
 * stands for the person in their record ({@code ANON…}), unique to them and no one's tax code. The
 * contracts stay linked to the person, so the outcome facts (computed from the link, not from the
 * code) and every figure built on them stay as they were, and the {@code contracts} export still shows
 * one worker per person while naming nobody. A later file with the person's real code matches no one
 * and its rows are skipped, like any other worker's.
 */
@Component
class ContractsErasure {

    private final JdbcClient jdbc;

    ContractsErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ParticipantErased erased) {
        jdbc.sql("""
                        UPDATE outcome.contract SET worker_tax_code = :code, updated_at = now(), version = version + 1
                        WHERE participant_id = :id AND worker_tax_code <> :code""")
                .param("code", erased.taxCode()).param("id", erased.participantId()).update();
    }
}
