package it.integra.provider.internal;

import it.integra.platform.Violation;
import it.integra.programme.CallDetails;
import it.integra.provider.SubmitApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Whether a provider may apply to a call as asked; reports every problem at once, each on its field. */
public final class ApplicationPolicy {

    private ApplicationPolicy() {
    }

    /**
     * @param call           the call named by the application, if it exists
     * @param alreadyApplied whether the provider already has an application to that call
     */
    public static List<Violation> checkSubmission(SubmitApplication application, Optional<CallDetails> call,
                                                  boolean alreadyApplied, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (application.callCode() == null) {
            violations.add(Violation.of("call", "providers.application.error.callRequired"));
        } else if (call.isEmpty()) {
            violations.add(Violation.of("call", "providers.application.error.callUnknown"));
        } else if (!call.get().acceptsRequestsOn(today)) {
            violations.add(Violation.of("call", "providers.application.error.callNotAccepting", call.get().code()));
        } else if (alreadyApplied) {
            violations.add(Violation.of("call", "providers.application.error.duplicate", call.get().code()));
        }
        if (!application.declarationAccepted()) {
            violations.add(Violation.of("declaration", "providers.application.error.declarationRequired"));
        }
        violations.addAll(AttachmentPolicy.check(application.attachments()));
        return violations;
    }
}
