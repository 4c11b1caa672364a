package it.integra.participant;

import it.integra.participant.internal.Scope;
import it.integra.programme.CallDetails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask about people: who they are (found by current or earlier tax code), whether
 * a provider has them in charge, and whether they may start a pathway in a call.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantDirectory {

    private static final String CARD = """
            SELECT p.id, p.tax_code, p.family_name, p.given_name, p.sex, p.birth_date, p.citizenship, p.target_group
            FROM participant.participant p""";

    private final JdbcClient jdbc;
    private final ObjectProvider<PathwayLookup> pathways;
    private final Scope scope;
    private final Clock clock;

    ParticipantDirectory(JdbcClient jdbc, ObjectProvider<PathwayLookup> pathways, Scope scope, Clock clock) {
        this.jdbc = jdbc;
        this.pathways = pathways;
        this.scope = scope;
        this.clock = clock;
    }

    public Optional<ParticipantCard> find(long id) {
        return jdbc.sql(CARD + " WHERE p.id = :id").param("id", id).query(ParticipantCard.class).optional();
    }

    /** By the current tax code or by one the person had before (a provisional code replaced). */
    public Optional<ParticipantCard> findByTaxCode(String taxCode) {
        String code = taxCode == null ? "" : taxCode.strip().toUpperCase(Locale.ROOT);
        return jdbc.sql(CARD + " WHERE p.tax_code = :code OR p.id = (SELECT e.participant_id FROM "
                        + "participant.earlier_tax_code e WHERE e.tax_code = :code)")
                .param("code", code).query(ParticipantCard.class).optional();
    }

    /** The provider's open intake of the person, if the provider has them in charge. */
    public Optional<IntakeCard> openIntake(long participantId, long providerId) {
        return jdbc.sql("""
                        SELECT id, participant_id, provider_id, taken_on, did_on, service_agreement_on, action_plan_on,
                               training_plan_on
                        FROM participant.intake
                        WHERE participant_id = :participant AND provider_id = :provider AND closed_on IS NULL""")
                .param("participant", participantId).param("provider", providerId)
                .query(IntakeCard.class).optional();
    }

    /** Every open intake of the person, the latest first. */
    public List<IntakeCard> openIntakes(long participantId) {
        return jdbc.sql("""
                        SELECT id, participant_id, provider_id, taken_on, did_on, service_agreement_on, action_plan_on,
                               training_plan_on
                        FROM participant.intake
                        WHERE participant_id = :participant AND closed_on IS NULL ORDER BY taken_on DESC, id DESC""")
                .param("participant", participantId).query(IntakeCard.class).list();
    }

    /**
     * The providers whose pathway with the person (intakes, hours, clearances, internships) the provider
     * may see: itself, and any whose history the authority shared with it on a transfer request.
     */
    public List<Long> pathwayProviders(long participantId, long providerId) {
        return scope.historyProviders(participantId, providerId);
    }

    public boolean inCharge(long participantId, long providerId) {
        return openIntake(participantId, providerId).isPresent();
    }

    /** The person's eligibility for a call, with the provider's intake, at an internship start date. */
    public Eligibility eligibility(ParticipantCard person, CallDetails call, Long providerId, LocalDate internshipStart) {
        IntakeCard intake = providerId == null ? null : openIntake(person.id(), providerId).orElse(null);
        return eligibilityWithIntake(person, call, intake, internshipStart);
    }

    /**
     * The person's eligibility for a call, with a given intake (null for none), at an internship start
     * date; for staff, who may weigh any provider's intake.
     */
    public Eligibility eligibilityWithIntake(ParticipantCard person, CallDetails call, IntakeCard intake, LocalDate internshipStart) {
        PathwayLookup lookup = pathways.getIfAvailable();
        boolean open = lookup != null && lookup.hasOpenPathway(person.id(), call.id());
        return EligibilityPolicy.check(person, call, intake, open, internshipStart, LocalDate.now(clock));
    }
}
