package it.integra.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.accounting.BudgetManagement;
import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ClearanceDecisionTests {

    @Autowired
    ClearanceManagement clearances;
    @Autowired
    ClearanceQueries queries;
    @Autowired
    BudgetManagement budgets;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;

    private ClearanceView requested(PathwayFixture fixture) {
        return clearances.request(fixture.request(), fixture.operator);
    }

    private PathwayFixture anotherPersonOf(PathwayFixture fixture) {
        return fixture.person(35, "INTERNATIONAL_PROTECTION", fixture.today.minusDays(5), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);
    }

    @Test
    void grantingCommitsTheWholeEndowmentAndCancellingReleasesIt() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        ClearanceView clearance = requested(fixture);

        ClearanceView granted = clearances.grant(clearance.id(), fixture.officer);
        assertThat(granted.status()).isEqualTo(ClearanceStatus.GRANTED);
        assertThat(budgets.budget(calls.find(fixture.callCode).orElseThrow()).totalCommitted()).isEqualByComparingTo("5940");

        ClearanceView cancelled = clearances.cancel(clearance.id(), "Azienda ritirata", fixture.operator);
        assertThat(cancelled.status()).isEqualTo(ClearanceStatus.CANCELLED);
        assertThat(budgets.budget(calls.find(fixture.callCode).orElseThrow()).totalCommitted()).isEqualByComparingTo("0");
    }

    @Test
    void refusesAGrantThatWouldOverdrawTheBudget() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("9000", null).provider("ELIGIBLE");
        anotherPersonOf(fixture);
        ClearanceView first = requested(fixture);
        anotherPersonOf(fixture);
        ClearanceView second = requested(fixture);
        clearances.grant(first.id(), fixture.officer);

        assertThatThrownBy(() -> clearances.grant(second.id(), fixture.officer))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "clearance.budgetExceeded", "-", "3060.00", "5940.00")));
    }

    @Test
    void refusesAGrantBeyondTheProvidersMaximum() {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("1000000", 1).provider("ELIGIBLE");
        anotherPersonOf(fixture);
        ClearanceView first = requested(fixture);
        anotherPersonOf(fixture);
        ClearanceView second = requested(fixture);
        clearances.grant(first.id(), fixture.officer);

        assertThatThrownBy(() -> clearances.grant(second.id(), fixture.officer))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("clearance.providerMaximum"));
    }

    @Test
    void twoOfficersGrantingTheLastEndowmentAtOnceSucceedOnce() throws Exception {
        PathwayFixture fixture = new PathwayFixture(jdbc).call("5940", null).provider("ELIGIBLE");
        anotherPersonOf(fixture);
        ClearanceView first = requested(fixture);
        anotherPersonOf(fixture);
        ClearanceView second = requested(fixture);
        CurrentUser otherOfficer = new CurrentUser(3, "officer-2", "Funzionario", Role.OFFICER, null, null);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (Callable<ClearanceView> grant : List.<Callable<ClearanceView>>of(
                () -> clearances.grant(first.id(), fixture.officer), () -> clearances.grant(second.id(), otherOfficer))) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    grant.call();
                    return true;
                } catch (ViolationException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        long succeeded = 0;
        for (Future<Boolean> outcome : outcomes) {
            succeeded += outcome.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM clearance.clearance WHERE call_id = :id AND status = 'GRANTED'")
                .param("id", fixture.callId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectingNeedsAReasonAndOnlyTheAuthorityDecides() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        ClearanceView clearance = requested(fixture);

        assertThatThrownBy(() -> clearances.grant(clearance.id(), fixture.operator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clearances.reject(clearance.id(), " ", fixture.officer))
                .isInstanceOf(ViolationException.class);
        ClearanceView rejected = clearances.reject(clearance.id(), "Documentazione incompleta", fixture.officer);
        assertThat(rejected.status()).isEqualTo(ClearanceStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Documentazione incompleta");
    }

    @Test
    void refusesEveryStepTheLifecycleDoesNotAllow() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        ClearanceView clearance = requested(fixture);

        assertThatThrownBy(() -> clearances.cancel(clearance.id(), "x", fixture.officer))
                .isInstanceOf(ViolationException.class);
        clearances.reject(clearance.id(), "No", fixture.officer);
        // decided already: the refusal says who decided and when
        assertThatThrownBy(() -> clearances.grant(clearance.id(), fixture.officer))
                .isInstanceOfSatisfying(ChangedMeanwhile.class, e -> assertThat(e.actor()).isPresent());
        assertThatThrownBy(() -> clearances.cancel(clearance.id(), "x", fixture.officer))
                .isInstanceOf(ChangedMeanwhile.class);
    }

    @Test
    void listsGrantedClearancesNearTheirStartDeadline() {
        PathwayFixture fixture = PathwayFixture.ready(jdbc);
        ClearanceView clearance = requested(fixture);
        clearances.grant(clearance.id(), fixture.officer);
        jdbc.sql("UPDATE clearance.clearance SET requested_on = :on, decided_on = :on WHERE id = :id")
                .param("on", fixture.today.minusDays(50)).param("id", clearance.id()).update();

        assertThat(queries.expiring(fixture.operator)).extracting(ClearanceView::id).contains(clearance.id());
        assertThat(queries.expiring(fixture.officer)).extracting(ClearanceView::id).contains(clearance.id());
        CurrentUser otherProvider = new CurrentUser(9, "other", "Altro", Role.PROVIDER, fixture.providerId + 100_000, null);
        assertThat(queries.expiring(otherProvider)).extracting(ClearanceView::id).doesNotContain(clearance.id());
        assertThat(queries.find(clearance.id(), otherProvider)).isEmpty();
    }

    @Test
    void clearanceStatusTableAllowsOnlyItsSteps() {
        for (ClearanceStatus from : ClearanceStatus.values()) {
            for (ClearanceStatus to : ClearanceStatus.values()) {
                boolean expected = from == ClearanceStatus.REQUESTED && (to == ClearanceStatus.GRANTED || to == ClearanceStatus.REJECTED)
                        || from == ClearanceStatus.GRANTED && to == ClearanceStatus.CANCELLED;
                assertThat(from.canBecome(to)).as(from + " -> " + to).isEqualTo(expected);
            }
        }
    }
}
