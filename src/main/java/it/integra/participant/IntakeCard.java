package it.integra.participant;

import java.time.LocalDate;

/** A provider's open intake of a person, with the dates that a clearance request depends on. */
public record IntakeCard(long id, long participantId, long providerId, LocalDate takenOn, LocalDate didOn,
                         LocalDate serviceAgreementOn, LocalDate actionPlanOn, LocalDate trainingPlanOn) {

    /** A DID older than six months no longer supports a clearance request. */
    public boolean didCurrentOn(LocalDate date) {
        return didOn != null && !didOn.isAfter(date) && !didOn.plusMonths(6).isBefore(date);
    }

    public boolean hasTrainingPlan() {
        return trainingPlanOn != null;
    }
}
