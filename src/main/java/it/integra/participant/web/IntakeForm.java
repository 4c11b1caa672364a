package it.integra.participant.web;

import it.integra.participant.IntakeDetails;
import it.integra.participant.IntakeTerms;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What an operator writes in an intake: dates and the two plans; kept as typed on errors. */
public class IntakeForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate takenOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate didOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate serviceAgreementOn;
    private String actionPlan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionPlanOn;
    private String trainingPlan;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate trainingPlanOn;
    private int version;

    static IntakeForm of(IntakeDetails intake) {
        IntakeForm form = new IntakeForm();
        form.takenOn = intake.takenOn();
        form.didOn = intake.didOn();
        form.serviceAgreementOn = intake.serviceAgreementOn();
        form.actionPlan = intake.actionPlan();
        form.actionPlanOn = intake.actionPlanOn();
        form.trainingPlan = intake.trainingPlan();
        form.trainingPlanOn = intake.trainingPlanOn();
        form.version = intake.version();
        return form;
    }

    IntakeTerms toTerms() {
        return new IntakeTerms(takenOn, didOn, serviceAgreementOn, actionPlan, actionPlanOn, trainingPlan, trainingPlanOn);
    }

    public LocalDate getTakenOn() { return takenOn; }
    public void setTakenOn(LocalDate takenOn) { this.takenOn = takenOn; }
    public LocalDate getDidOn() { return didOn; }
    public void setDidOn(LocalDate didOn) { this.didOn = didOn; }
    public LocalDate getServiceAgreementOn() { return serviceAgreementOn; }
    public void setServiceAgreementOn(LocalDate serviceAgreementOn) { this.serviceAgreementOn = serviceAgreementOn; }
    public String getActionPlan() { return actionPlan; }
    public void setActionPlan(String actionPlan) { this.actionPlan = actionPlan; }
    public LocalDate getActionPlanOn() { return actionPlanOn; }
    public void setActionPlanOn(LocalDate actionPlanOn) { this.actionPlanOn = actionPlanOn; }
    public String getTrainingPlan() { return trainingPlan; }
    public void setTrainingPlan(String trainingPlan) { this.trainingPlan = trainingPlan; }
    public LocalDate getTrainingPlanOn() { return trainingPlanOn; }
    public void setTrainingPlanOn(LocalDate trainingPlanOn) { this.trainingPlanOn = trainingPlanOn; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
