package it.integra.provider.web;

import it.integra.provider.ApplicationDetails;
import it.integra.provider.ApplicationStatus;
import it.integra.provider.DecideApplication;

/** An officer's decision as typed; kept when refused. */
public class DecisionForm {

    private ApplicationStatus outcome;
    private String reason;
    private int version;

    static DecisionForm of(ApplicationDetails application) {
        DecisionForm form = new DecisionForm();
        form.version = application.version();
        return form;
    }

    DecideApplication toCommand(long applicationId) {
        return new DecideApplication(applicationId, outcome, reason, version);
    }

    public ApplicationStatus getOutcome() { return outcome; }
    public void setOutcome(ApplicationStatus outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
