package it.integra.participant.web;

import it.integra.participant.Eligibility;
import it.integra.participant.IntakeCard;
import it.integra.participant.ParticipantCard;
import it.integra.participant.ParticipantDirectory;
import it.integra.platform.CurrentUser;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The eligibility panel of the person's page: for each call open today, whether the person may start
 * a pathway with an internship starting today, and every reason against, in the user's language. A
 * provider's operator is answered with its own intake; staff with the open intake whose DID is the
 * most recent (any provider's).
 */
@Component
class EligibilityPanels {

    record CallEligibility(String code, String title, String programme, boolean eligible, List<String> reasons) {
    }

    private final CallManagement calls;
    private final ParticipantDirectory directory;
    private final MessageSource messages;
    private final Clock clock;

    EligibilityPanels(CallManagement calls, ParticipantDirectory directory, MessageSource messages, Clock clock) {
        this.calls = calls;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    List<CallEligibility> of(ParticipantCard person, CurrentUser user, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        IntakeCard staffIntake = user.providerScope().isPresent() ? null : directory.openIntakes(person.id()).stream()
                .filter(intake -> intake.didOn() != null)
                .max(Comparator.comparing(IntakeCard::didOn))
                .orElse(directory.openIntakes(person.id()).stream().findFirst().orElse(null));
        List<CallEligibility> panels = new ArrayList<>();
        for (CallSummary summary : calls.acceptingRequests()) {
            CallDetails call = calls.find(summary.id()).orElseThrow();
            Eligibility eligibility = user.providerScope().isPresent()
                    ? directory.eligibility(person, call, user.providerId(), today)
                    : directory.eligibilityWithIntake(person, call, staffIntake, today);
            panels.add(new CallEligibility(call.code(), call.title(), call.programme(), eligibility.eligible(),
                    eligibility.reasons().stream().map(reason -> text(reason, locale)).toList()));
        }
        return panels;
    }

    private String text(Eligibility.Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().toArray();
        if ("eligibility.targetGroup".equals(reason.code()) && arguments.length > 0) {
            arguments[0] = messages.getMessage("TargetGroup." + arguments[0], null, String.valueOf(arguments[0]), locale);
        }
        return messages.getMessage(reason.code(), arguments, reason.code(), locale);
    }
}
