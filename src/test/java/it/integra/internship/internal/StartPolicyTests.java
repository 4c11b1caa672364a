package it.integra.internship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import it.integra.clearance.ClearanceStatus;
import it.integra.clearance.ClearanceView;
import it.integra.internship.NewCompanyTutor;
import it.integra.internship.SaveHost;
import it.integra.internship.StartInternship;
import it.integra.platform.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartPolicyTests {

    private static final LocalDate GRANTED_ON = LocalDate.of(2025, 3, 3);
    private static final SaveHost HOST = new SaveHost("01234560017", "Trattoria Da Mario", "56.10.11", "TO", null, 12);

    private static ClearanceView clearance(ClearanceStatus status) {
        return new ClearanceView(7, "NO-2025-000007", 1, "PUOI-1", 2, "Ente", 3, "Diallo Amadou", "TAX", "TO",
                GRANTED_ON.minusDays(10), status, GRANTED_ON, null, HOST.taxCode(), HOST.name(), HOST.ateco(), "TO", 12,
                GRANTED_ON.plusDays(10), "CONV-1", GRANTED_ON.minusDays(20), 60, false);
    }

    private static StartInternship start(LocalDate on) {
        return new StartInternship(7, HOST, 42L, null, new NewCompanyTutor("Mario Rossi", "Chef", null), on,
                new BigDecimal("30"), true, true);
    }

    private static StartPolicy.Facts facts(long tutorOngoing, long hostOngoing) {
        return new StartPolicy.Facts(clearance(ClearanceStatus.GRANTED), false, true, tutorOngoing, hostOngoing, false);
    }

    @Test
    void theInternshipEndsTheDayBeforeTheSameDateSixMonthsLater() {
        assertThat(StartPolicy.plannedEnd(LocalDate.of(2019, 6, 17), 6)).isEqualTo(LocalDate.of(2019, 12, 16));
        assertThat(StartPolicy.plannedEnd(LocalDate.of(2020, 1, 11), 6)).isEqualTo(LocalDate.of(2020, 7, 10));
        assertThat(StartPolicy.plannedEnd(LocalDate.of(2024, 8, 31), 6)).isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(StartPolicy.plannedEnd(LocalDate.of(2024, 3, 1), 5)).isEqualTo(LocalDate.of(2024, 7, 31));
    }

    @Test
    void acceptsAStartWithinTheWindowWithEverythingOnFile() {
        assertThat(StartPolicy.check(start(GRANTED_ON), facts(19, 1))).isEmpty();
        assertThat(StartPolicy.check(start(GRANTED_ON.plusDays(60)), facts(0, 0))).isEmpty();
    }

    @Test
    void refusesAStartBeforeTheGrantOrAfterTheStartWindow() {
        assertThat(StartPolicy.check(start(GRANTED_ON.minusDays(1)), facts(0, 0)))
                .containsExactly(Violation.of("startDate", "internship.startDate.beforeGrant", "03/03/2025"));
        assertThat(StartPolicy.check(start(GRANTED_ON.plusDays(61)), facts(0, 0)))
                .containsExactly(Violation.of("startDate", "internship.startDate.afterWindow", "02/05/2025", 60));
    }

    @Test
    void refusesATutorWhoAlreadyFollowsTwentyTrainees() {
        assertThat(StartPolicy.check(start(GRANTED_ON), facts(20, 0)))
                .containsExactly(Violation.of("providerTutorId", "internship.providerTutor.full", 20L, 20));
    }

    @Test
    void refusesAHostWithoutRoomWithTheNumbers() {
        assertThat(StartPolicy.check(start(GRANTED_ON), facts(0, 2)))
                .containsExactly(Violation.of("", "internship.hostCapacity", 12, 2, 2L));
    }

    @Test
    void reportsEveryMissingPieceAtOnce() {
        StartInternship bare = new StartInternship(7, new SaveHost("123", null, "00.1", "XX", null, -1), null, null,
                new NewCompanyTutor(" ", null, null), null, BigDecimal.ZERO, false, false);
        List<Violation> violations = StartPolicy.check(bare, new StartPolicy.Facts(clearance(ClearanceStatus.CANCELLED),
                true, false, 0, 0, false));

        assertThat(violations).extracting(Violation::code).containsExactly("internship.clearanceNotGranted",
                "internship.alreadyStarted", "internship.startDate.missing", "taxCode.length",
                "internship.host.name", "internship.host.ateco", "internship.host.province", "internship.host.employees",
                "internship.providerTutor.missing", "internship.companyTutor.missing", "internship.weeklyHours",
                "internship.conventionMissing", "internship.pfiMissing");
        assertThat(violations).extracting(Violation::field).contains("hostTaxCode", "hostName", "hostAteco",
                "hostProvince", "hostEmployees", "companyTutorName", "weeklyHours");
    }

    @Test
    void refusesATutorOfAnotherProviderAndACompanyTutorOfAnotherHost() {
        StartInternship withTutorId = new StartInternship(7, HOST, 42L, 99L, null, GRANTED_ON, BigDecimal.TEN, true, true);
        assertThat(StartPolicy.check(withTutorId, new StartPolicy.Facts(clearance(ClearanceStatus.GRANTED), false, false,
                0, 0, false))).extracting(Violation::code)
                .containsExactly("internship.providerTutor.notOfProvider", "internship.companyTutor.unknown");
    }
}
