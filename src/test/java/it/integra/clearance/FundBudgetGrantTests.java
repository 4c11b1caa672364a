package it.integra.clearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.integra.accounting.BudgetManagement;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A call whose budget is split by fund: a grant is refused when the endowment's share of one fund
 * would overdraw that fund, even though the call's total would still cover it (PUOI: 4,100 ESF and
 * 1,840 AMIF per endowment).
 */
@SpringBootTest
class FundBudgetGrantTests {

    @Autowired
    ClearanceManagement clearances;
    @Autowired
    BudgetManagement budgets;
    @Autowired
    CallManagement calls;
    @Autowired
    JdbcClient jdbc;

    private PathwayFixture callWithFunds(String esf, String amif) {
        BigDecimal total = new BigDecimal(esf).add(new BigDecimal(amif));
        PathwayFixture fixture = new PathwayFixture(jdbc).call(total.toPlainString(), null).provider("ELIGIBLE");
        jdbc.sql("INSERT INTO programme.call_fund_budget (call_id, fund, amount) VALUES (:id, 'ESF', :esf), (:id, 'AMIF', :amif)")
                .param("id", fixture.callId).param("esf", new BigDecimal(esf)).param("amif", new BigDecimal(amif))
                .update();
        return fixture;
    }

    private ClearanceView requestedForANewPerson(PathwayFixture fixture) {
        fixture.person(35, "INTERNATIONAL_PROTECTION", fixture.today.minusDays(5), true)
                .hours("INTAKE", 1, 4).hours("SPECIALIST_GUIDANCE", 2, 8);
        return clearances.request(fixture.request(), fixture.operator);
    }

    private BigDecimal committed(PathwayFixture fixture) {
        CallDetails call = calls.find(fixture.callCode).orElseThrow();
        return budgets.budget(call).totalCommitted();
    }

    @Test
    void refusesAGrantThatWouldOverdrawTheAmifLineAlthoughTheTotalCoversIt() {
        PathwayFixture fixture = callWithFunds("10000", "2000");
        ClearanceView first = requestedForANewPerson(fixture);
        ClearanceView second = requestedForANewPerson(fixture);
        clearances.grant(first.id(), fixture.officer);

        // two endowments need 11,880 of the 12,000 in total, but 3,680 of the 2,000 AMIF
        assertThatThrownBy(() -> clearances.grant(second.id(), fixture.officer))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "clearance.budgetExceeded", "AMIF", "160.00", "1840.00")));
        assertThat(committed(fixture)).isEqualByComparingTo("5940");
        assertThat(jdbc.sql("SELECT status FROM clearance.clearance WHERE id = :id").param("id", second.id())
                .query(String.class).single()).isEqualTo("REQUESTED");
    }

    @Test
    void refusesAGrantThatWouldOverdrawTheEsfLineAlone() {
        PathwayFixture fixture = callWithFunds("8000", "5000");
        ClearanceView first = requestedForANewPerson(fixture);
        ClearanceView second = requestedForANewPerson(fixture);
        clearances.grant(first.id(), fixture.officer);

        assertThatThrownBy(() -> clearances.grant(second.id(), fixture.officer))
                .isInstanceOfSatisfying(ViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("", "clearance.budgetExceeded", "ESF", "3900.00", "4100.00")));
    }

    @Test
    void grantsWhileEveryFundCoversTheEndowment() {
        PathwayFixture fixture = callWithFunds("8200", "3680");
        ClearanceView first = requestedForANewPerson(fixture);
        ClearanceView second = requestedForANewPerson(fixture);

        clearances.grant(first.id(), fixture.officer);
        ClearanceView granted = clearances.grant(second.id(), fixture.officer);

        assertThat(granted.status()).isEqualTo(ClearanceStatus.GRANTED);
        assertThat(committed(fixture)).isEqualByComparingTo("11880");
    }
}
