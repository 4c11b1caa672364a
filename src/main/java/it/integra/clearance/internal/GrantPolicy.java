package it.integra.clearance.internal;

import it.integra.platform.Violation;
import it.integra.programme.CallDetails;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A grant commits one whole endowment: refused when it would overdraw the call's budget (by fund
 * when the budget is split, in total otherwise) or exceed the provider's maximum of endowments.
 */
public final class GrantPolicy {

    private GrantPolicy() {
    }

    /**
     * @param activeGrants clearances of the call already granted and not cancelled
     * @param providerGrants those among them of the same provider
     */
    public static List<Violation> check(CallDetails call, long activeGrants, long providerGrants) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal after = BigDecimal.valueOf(activeGrants + 1);
        if (call.fundBudgets().isEmpty()) {
            BigDecimal needed = call.endowment().multiply(after);
            if (needed.compareTo(call.budget()) > 0) {
                violations.add(Violation.of("", "clearance.budgetExceeded", "-",
                        call.budget().subtract(call.endowment().multiply(BigDecimal.valueOf(activeGrants))).toPlainString(),
                        call.endowment().toPlainString()));
            }
        } else {
            for (Map.Entry<String, BigDecimal> line : call.endowmentByFund().entrySet()) {
                BigDecimal budget = call.fundBudgets().getOrDefault(line.getKey(), BigDecimal.ZERO);
                if (line.getValue().multiply(after).compareTo(budget) > 0) {
                    BigDecimal left = budget.subtract(line.getValue().multiply(BigDecimal.valueOf(activeGrants)));
                    violations.add(Violation.of("", "clearance.budgetExceeded", line.getKey(), left.toPlainString(),
                            line.getValue().toPlainString()));
                }
            }
        }
        if (call.maxEndowmentsPerProvider() != null && providerGrants >= call.maxEndowmentsPerProvider()) {
            violations.add(Violation.of("", "clearance.providerMaximum", call.maxEndowmentsPerProvider()));
        }
        return violations;
    }
}
