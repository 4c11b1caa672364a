package it.integra.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.platform.Violation;
import it.integra.programme.CallDetails;
import it.integra.programme.CallStatus;
import it.integra.provider.NewAttachment;
import it.integra.provider.SubmitApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationPolicyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final SubmitApplication DECLARED = new SubmitApplication("PUOI-1", true, List.of());

    static CallDetails call(CallStatus status, LocalDate opens, LocalDate closes) {
        return new CallDetails(1, "PUOI-1", "PUOI", "Avviso", opens, closes, status, new BigDecimal("1000"), Map.of(),
                6, new BigDecimal("500"), null, new BigDecimal("0.70"), null, null, 60, null, 10, 0, List.of(), List.of(), List.of());
    }

    static List<Violation> check(SubmitApplication application, CallDetails call, boolean applied) {
        return ApplicationPolicy.checkSubmission(application, Optional.ofNullable(call), applied, TODAY);
    }

    @Test
    void acceptsADeclaredApplicationToAnOpenCallFromItsFirstToItsLastDay() {
        assertThat(check(DECLARED, call(CallStatus.OPEN, TODAY, TODAY.plusDays(10)), false)).isEmpty();
        assertThat(check(DECLARED, call(CallStatus.OPEN, TODAY.minusDays(10), TODAY), false)).isEmpty();
    }

    @Test
    void refusesACallThatDoesNotAcceptRequestsToday() {
        List<CallDetails> closedToday = List.of(
                call(CallStatus.DRAFT, TODAY.minusDays(1), TODAY.plusDays(10)),
                call(CallStatus.OPEN, TODAY.plusDays(1), TODAY.plusDays(10)),
                call(CallStatus.OPEN, TODAY.minusDays(10), TODAY.minusDays(1)),
                call(CallStatus.CLOSED, TODAY.minusDays(10), TODAY.plusDays(10)));

        for (CallDetails call : closedToday) {
            assertThat(check(DECLARED, call, false)).as(call.status() + " " + call.opensOn())
                    .containsExactly(Violation.of("call", "providers.application.error.callNotAccepting", "PUOI-1"));
        }
    }

    @Test
    void refusesASecondApplicationOfTheSameProviderToTheSameCall() {
        assertThat(check(DECLARED, call(CallStatus.OPEN, TODAY, TODAY), true))
                .containsExactly(Violation.of("call", "providers.application.error.duplicate", "PUOI-1"));
    }

    @Test
    void refusesAnApplicationWithoutTheDeclaration() {
        assertThat(check(new SubmitApplication("PUOI-1", false, List.of()), call(CallStatus.OPEN, TODAY, TODAY), false))
                .containsExactly(Violation.of("declaration", "providers.application.error.declarationRequired"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        SubmitApplication application = new SubmitApplication(" ", false,
                List.of(NewAttachment.of("virus.exe", new byte[] {'M', 'Z'})));

        assertThat(check(application, null, false)).containsExactly(
                Violation.of("call", "providers.application.error.callRequired"),
                Violation.of("declaration", "providers.application.error.declarationRequired"),
                Violation.of("files", "providers.attachment.error.type", "virus.exe"));
        assertThat(check(DECLARED, null, false))
                .containsExactly(Violation.of("call", "providers.application.error.callUnknown"));
    }
}
