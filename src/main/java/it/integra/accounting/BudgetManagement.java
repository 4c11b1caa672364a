package it.integra.accounting;

import it.integra.clearance.ClearanceStatistics;
import it.integra.programme.CallDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each call's budget has committed. Granting a clearance commits the whole endowment, by fund;
 * cancelling it releases the endowment.
 */
@Service
@Transactional(readOnly = true)
public class BudgetManagement {

    private final ClearanceStatistics clearances;

    BudgetManagement(ClearanceStatistics clearances) {
        this.clearances = clearances;
    }

    public CallBudget budget(CallDetails call) {
        long grants = clearances.activeGrants(call.id());
        Map<String, BigDecimal> endowment = call.endowmentByFund();
        List<CallBudget.Line> lines = new ArrayList<>();
        if (call.fundBudgets().isEmpty()) {
            lines.add(new CallBudget.Line(null, call.budget(), call.endowment().multiply(BigDecimal.valueOf(grants))));
        } else {
            java.util.Set<String> funds = new java.util.TreeSet<>(call.fundBudgets().keySet());
            funds.addAll(endowment.keySet());
            for (String fund : funds) {
                BigDecimal committed = endowment.getOrDefault(fund, BigDecimal.ZERO).multiply(BigDecimal.valueOf(grants));
                lines.add(new CallBudget.Line(fund, call.fundBudgets().getOrDefault(fund, BigDecimal.ZERO), committed));
            }
        }
        return new CallBudget(grants, lines);
    }
}
