package it.integra.internship.internal;

import it.integra.shared.AtecoEdition;
import static org.assertj.core.api.Assertions.assertThat;

import it.integra.internship.InternshipStatus;
import it.integra.internship.InternshipView;
import it.integra.internship.Suspension;
import it.integra.internship.SuspendInternship;
import it.integra.internship.SuspensionCause;
import it.integra.platform.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspensionPolicyTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 13);
    private static final InternshipView INTERNSHIP = new InternshipView(1, "TIR-2025-000001", 1, "NO-1", 1, "PUOI-1", 1,
            "Ente", 1, "Diallo Amadou", "TAX", 1, "01234567897", "Trattoria", "56.10.11", AtecoEdition.ATECO_2007, "TO", START,
            LocalDate.of(2025, 7, 12), InternshipStatus.ONGOING, null, null, null, null, null, null, false, false,
            null, 0);

    private static List<Violation> check(SuspensionCause cause, LocalDate from, LocalDate to, List<Suspension> earlier) {
        return SuspensionPolicy.check(new SuspendInternship(1, cause, from, to, null), INTERNSHIP, earlier);
    }

    @Test
    void illnessOrInjuryOfThirtyDaysOrMoreSuspends() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        assertThat(check(SuspensionCause.ILLNESS_OR_INJURY, from, from.plusDays(29), List.of())).isEmpty();
        assertThat(check(SuspensionCause.ILLNESS_OR_INJURY, from, from.plusDays(28), List.of())).containsExactly(
                Violation.of("to", "internship.suspension.tooShort.ILLNESS_OR_INJURY", 29, 30));
    }

    @Test
    void aClosureOfTheHostOfFifteenDaysOrMoreSuspends() {
        LocalDate from = LocalDate.of(2025, 6, 1);
        assertThat(check(SuspensionCause.HOST_CLOSURE, from, from.plusDays(14), List.of())).isEmpty();
        assertThat(check(SuspensionCause.HOST_CLOSURE, from, from.plusDays(13), List.of())).containsExactly(
                Violation.of("to", "internship.suspension.tooShort.HOST_CLOSURE", 14, 15));
    }

    @Test
    void maternitySuspendsWhateverItsLength() {
        LocalDate from = LocalDate.of(2025, 4, 1);
        assertThat(check(SuspensionCause.MATERNITY, from, from, List.of())).isEmpty();
    }

    @Test
    void refusesASuspensionOutsideTheInternshipOrOverAnother() {
        assertThat(check(SuspensionCause.MATERNITY, START.minusDays(1), START.plusDays(40), List.of()))
                .containsExactly(Violation.of("from", "internship.suspension.outside", "13/01/2025", "12/07/2025"));
        Suspension earlier = new Suspension(9, 1, SuspensionCause.ILLNESS_OR_INJURY, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 30), null);
        assertThat(check(SuspensionCause.HOST_CLOSURE, LocalDate.of(2025, 3, 30), LocalDate.of(2025, 4, 20),
                List.of(earlier))).containsExactly(
                Violation.of("from", "internship.suspension.overlaps", "01/03/2025", "30/03/2025"));
        assertThat(check(SuspensionCause.HOST_CLOSURE, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 20),
                List.of(earlier))).isEmpty();
        assertThat(check(null, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 1), List.of())).extracting(Violation::code)
                .containsExactly("internship.suspension.cause", "internship.suspension.dates");
    }
}
