package it.integra.provider.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.provider.ApplicationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationTests {

    private static Application in(ApplicationStatus status) {
        return new Application(7, 3, 5, status, null, 2);
    }

    @Test
    void aPendingApplicationBecomesEligibleWithOrWithoutAReason() {
        assertThat(in(ApplicationStatus.PENDING).decide(ApplicationStatus.ELIGIBLE, null).status())
                .isEqualTo(ApplicationStatus.ELIGIBLE);
        assertThat(in(ApplicationStatus.PENDING).decide(ApplicationStatus.ELIGIBLE, "  requisiti presenti ").reason())
                .isEqualTo("requisiti presenti");
    }

    @Test
    void aPendingApplicationBecomesIneligibleWithItsReason() {
        Application decided = in(ApplicationStatus.PENDING).decide(ApplicationStatus.INELIGIBLE, "Accreditamento scaduto");

        assertThat(decided.status()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(decided.reason()).isEqualTo("Accreditamento scaduto");
        assertThat(decided.version()).isEqualTo(2);
    }

    @Test
    void refusesIneligibleWithoutAReason() {
        assertThatThrownBy(() -> in(ApplicationStatus.PENDING).decide(ApplicationStatus.INELIGIBLE, "   "))
                .isInstanceOf(ViolationException.class)
                .extracting(e -> ((ViolationException) e).violations())
                .isEqualTo(java.util.List.of(Violation.of("reason", "providers.decision.error.reasonRequired")));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"ELIGIBLE", "INELIGIBLE"})
    void refusesEveryStepOutOfADecision(ApplicationStatus decided) {
        for (ApplicationStatus next : ApplicationStatus.values()) {
            assertThatThrownBy(() -> in(decided).decide(next, "un motivo"))
                    .isInstanceOf(ViolationException.class)
                    .satisfies(e -> assertThat(((ViolationException) e).violations())
                            .extracting(Violation::code).contains("providers.decision.error.alreadyDecided"));
        }
    }

    @Test
    void refusesPendingOrNoOutcomeAsADecision() {
        for (ApplicationStatus next : new ApplicationStatus[] {ApplicationStatus.PENDING, null}) {
            assertThatThrownBy(() -> in(ApplicationStatus.PENDING).decide(next, "x"))
                    .isInstanceOf(ViolationException.class)
                    .satisfies(e -> assertThat(((ViolationException) e).violations())
                            .containsExactly(Violation.of("outcome", "providers.decision.error.outcome")));
        }
    }

    @Test
    void refusesAReasonLongerThanTwoThousandCharacters() {
        assertThatThrownBy(() -> in(ApplicationStatus.PENDING).decide(ApplicationStatus.INELIGIBLE, "x".repeat(2001)))
                .isInstanceOf(ViolationException.class)
                .satisfies(e -> assertThat(((ViolationException) e).violations())
                        .containsExactly(Violation.of("reason", "providers.error.tooLong", 2000)));
        assertThat(in(ApplicationStatus.PENDING).decide(ApplicationStatus.INELIGIBLE, "x".repeat(2000)).reason()).hasSize(2000);
    }
}
