package it.integra.participant.internal;

import it.integra.participant.IntakeDetails;
import it.integra.participant.IntakeTerms;
import it.integra.provider.ProviderSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes intakes, with the provider's code and name beside each. */
@Component
public class IntakeStore {

    private static final String SELECT = """
            SELECT i.id, i.participant_id, i.provider_id, pr.code AS provider_code, pr.name AS provider_name,
                   i.taken_on, i.did_on, i.service_agreement_on, i.action_plan, i.action_plan_on, i.training_plan,
                   i.training_plan_on, i.closed_on, i.version
            FROM participant.intake i JOIN provider.provider pr ON pr.id = i.provider_id""";

    private final JdbcClient jdbc;

    IntakeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IntakeDetails> byId(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(IntakeDetails.class).optional();
    }

    /** The person's intakes, open ones first, then the latest; only those of {@code providers} unless null. */
    public List<IntakeDetails> ofParticipant(long participantId, List<Long> providers) {
        return jdbc.sql(SELECT + """
                         WHERE i.participant_id = :id AND (:all OR i.provider_id IN (:providers))
                        ORDER BY i.closed_on IS NOT NULL, i.taken_on DESC, i.id DESC""")
                .param("id", participantId).param("all", providers == null)
                .param("providers", providers == null || providers.isEmpty() ? List.of(-1L) : providers)
                .query(IntakeDetails.class).list();
    }

    /**
     * The provider of an intake as the plan documents name it; for a reader the provider registry would
     * not show it to, whose pathway history the authority shared (the caller checked that).
     */
    public Optional<ProviderSummary> providerOf(long intakeId) {
        return jdbc.sql("""
                        SELECT pr.id, pr.code, pr.tax_code, pr.name, pr.type, pr.province
                        FROM participant.intake i JOIN provider.provider pr ON pr.id = i.provider_id WHERE i.id = :id""")
                .param("id", intakeId).query(ProviderSummary.class).optional();
    }

    /** The provider's open intake of the person. */
    public Optional<IntakeDetails> openOf(long participantId, long providerId) {
        return jdbc.sql(SELECT + " WHERE i.participant_id = :id AND i.provider_id = :provider AND i.closed_on IS NULL")
                .param("id", participantId).param("provider", providerId).query(IntakeDetails.class).optional();
    }

    /** A provider other than {@code providerId} that has the person in charge: the one of the latest intake. */
    public Optional<Long> holderOtherThan(long participantId, long providerId) {
        return jdbc.sql("""
                        SELECT provider_id FROM participant.intake
                        WHERE participant_id = :id AND provider_id <> :provider AND closed_on IS NULL
                        ORDER BY taken_on DESC, id DESC LIMIT 1""")
                .param("id", participantId).param("provider", providerId).query(Long.class).optional();
    }

    /** Opens an intake; empty when the provider already has one open for the person. */
    public Optional<Long> open(long participantId, long providerId, LocalDate takenOn) {
        return jdbc.sql("""
                        INSERT INTO participant.intake (participant_id, provider_id, taken_on)
                        VALUES (:participant, :provider, :takenOn)
                        ON CONFLICT (participant_id, provider_id) WHERE closed_on IS NULL DO NOTHING
                        RETURNING id""")
                .param("participant", participantId).param("provider", providerId).param("takenOn", takenOn)
                .query(Long.class).optional();
    }

    public void update(long id, int expectedVersion, IntakeTerms terms) {
        int updated = jdbc.sql("""
                        UPDATE participant.intake SET taken_on = :takenOn, did_on = :didOn,
                            service_agreement_on = :agreementOn, action_plan = :actionPlan, action_plan_on = :actionPlanOn,
                            training_plan = :trainingPlan, training_plan_on = :trainingPlanOn, updated_at = now(),
                            version = version + 1
                        WHERE id = :id AND version = :version AND closed_on IS NULL""")
                .param("takenOn", terms.takenOn()).param("didOn", terms.didOn())
                .param("agreementOn", terms.serviceAgreementOn()).param("actionPlan", terms.actionPlan())
                .param("actionPlanOn", terms.actionPlanOn()).param("trainingPlan", terms.trainingPlan())
                .param("trainingPlanOn", terms.trainingPlanOn())
                .param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("intake " + id + " changed meanwhile");
        }
    }

    public void close(long id, LocalDate closedOn) {
        jdbc.sql("UPDATE participant.intake SET closed_on = :on, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("on", closedOn).param("id", id).update();
    }

    /** The intake as the audit trail keeps it: dates only, the plans' texts stay out. */
    public String auditJson(long id) {
        return jdbc.sql("""
                        SELECT jsonb_build_object('providerId', provider_id, 'takenOn', taken_on, 'didOn', did_on,
                               'serviceAgreementOn', service_agreement_on, 'actionPlanOn', action_plan_on,
                               'trainingPlanOn', training_plan_on, 'closedOn', closed_on)::text
                        FROM participant.intake WHERE id = :id""")
                .param("id", id).query(String.class).single();
    }
}
