package it.integra.participant;

import java.time.LocalDate;

/**
 * A provider's intake of a person (presa in carico) with the plans written in it.
 *
 * @param actionPlan the individual action plan (PAI) as written by the provider's operator
 * @param trainingPlan the individual training plan (PFI)
 * @param closedOn the day the provider stopped following the person, null while open
 */
public record IntakeDetails(long id, long participantId, long providerId, String providerCode, String providerName,
                            LocalDate takenOn, LocalDate didOn, LocalDate serviceAgreementOn, String actionPlan,
                            LocalDate actionPlanOn, String trainingPlan, LocalDate trainingPlanOn, LocalDate closedOn,
                            int version) {

    public boolean open() {
        return closedOn == null;
    }

    public IntakeCard card() {
        return new IntakeCard(id, participantId, providerId, takenOn, didOn, serviceAgreementOn, actionPlanOn,
                trainingPlanOn);
    }

    /** A DID older than six months, or missing, does not support a clearance request. */
    public boolean didOutOfDate(LocalDate today) {
        return !card().didCurrentOn(today);
    }
}
