package it.integra.participant;

import java.time.LocalDate;

/** What a provider's operator writes in an intake: its dates and the two plans. */
public record IntakeTerms(LocalDate takenOn, LocalDate didOn, LocalDate serviceAgreementOn, String actionPlan,
                          LocalDate actionPlanOn, String trainingPlan, LocalDate trainingPlanOn) {

    public IntakeTerms {
        actionPlan = ParticipantData.clean(actionPlan);
        trainingPlan = ParticipantData.clean(trainingPlan);
    }
}
