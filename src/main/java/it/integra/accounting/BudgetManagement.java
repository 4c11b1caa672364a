package it.integra.accounting;

import it.integra.accounting.internal.BudgetStore;
import it.integra.platform.CurrentUser;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each call's budget has committed, accrued, claimed and paid, by fund. Granting a clearance
 * commits the whole endowment; cancelling it releases the endowment. A provider's operators see the
 * figures of their own provider's pathways, without the call's budget.
 */
@Service
@Transactional(readOnly = true)
public class BudgetManagement {

    private final BudgetStore store;
    private final CallManagement calls;
    private final Clock clock;

    BudgetManagement(BudgetStore store, CallManagement calls, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.clock = clock;
    }

    /** The call's budget, for the authority's view. */
    public CallBudget budget(CallDetails call) {
        return budget(call, store.activeGrants(null).getOrDefault(call.id(), 0L), store.figures(call.id(), null), true);
    }

    /** Every call that has pathways in the user's scope, newest first. */
    public List<CallBudget> overview(CurrentUser user) {
        Long provider = scope(user);
        Map<Long, Long> grants = store.activeGrants(provider);
        Map<Long, List<BudgetStore.Figures>> figures = store.figures(null, provider).stream()
                .collect(Collectors.groupingBy(BudgetStore.Figures::callId));
        return store.callsWithPathways(provider).stream().map(id -> calls.find(id).orElseThrow())
                .map(call -> budget(call, grants.getOrDefault(call.id(), 0L),
                        figures.getOrDefault(call.id(), List.of()), provider == null))
                .toList();
    }

    private CallBudget budget(CallDetails call, long grants, List<BudgetStore.Figures> figures, boolean withBudget) {
        Map<String, BudgetStore.Figures> byFund = figures.stream()
                .collect(Collectors.toMap(BudgetStore.Figures::fund, f -> f));
        BigDecimal count = BigDecimal.valueOf(grants);
        List<CallBudget.Line> lines = new ArrayList<>();
        if (call.fundBudgets().isEmpty()) {
            BudgetStore.Figures all = figures.stream().reduce(new BudgetStore.Figures(call.id(), null, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO), BudgetManagement::add);
            lines.add(line(null, withBudget ? call.budget() : BigDecimal.ZERO, call.endowment().multiply(count), all));
        } else {
            Set<String> funds = new TreeSet<>(call.fundBudgets().keySet());
            funds.addAll(call.endowmentByFund().keySet());
            for (String fund : funds) {
                BigDecimal committed = call.endowmentByFund().getOrDefault(fund, BigDecimal.ZERO).multiply(count);
                BigDecimal budget = withBudget ? call.fundBudgets().getOrDefault(fund, BigDecimal.ZERO) : BigDecimal.ZERO;
                lines.add(line(fund, budget, committed, byFund.get(fund)));
            }
        }
        return new CallBudget(call.id(), call.code(), call.title(), grants, lines);
    }

    private static CallBudget.Line line(String fund, BigDecimal budget, BigDecimal committed, BudgetStore.Figures f) {
        return f == null ? new CallBudget.Line(fund, budget, committed, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)
                : new CallBudget.Line(fund, budget, committed, f.accrued(), f.claimed(), f.paid());
    }

    private static BudgetStore.Figures add(BudgetStore.Figures a, BudgetStore.Figures b) {
        return new BudgetStore.Figures(a.callId(), null, a.accrued().add(b.accrued()), a.claimed().add(b.claimed()),
                a.paid().add(b.paid()));
    }

    /**
     * Running totals month by month, for one call or ({@code callId} null) every call in the user's
     * scope: from the month before the first record (all zero) to the current month.
     */
    public BudgetTimeline timeline(Long callId, CurrentUser user) {
        List<BudgetStore.Month> months = store.months(callId, scope(user));
        List<YearMonth> labels = new ArrayList<>();
        List<List<BigDecimal>> series = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        if (months.isEmpty()) {
            return new BudgetTimeline(labels, series.get(0), series.get(1), series.get(2), series.get(3));
        }
        Map<YearMonth, BudgetStore.Month> byMonth = months.stream()
                .collect(Collectors.toMap(m -> YearMonth.from(m.month()), m -> m));
        YearMonth last = YearMonth.from(months.get(months.size() - 1).month());
        last = last.isBefore(YearMonth.now(clock)) ? YearMonth.now(clock) : last;
        BigDecimal[] running = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (YearMonth m = YearMonth.from(months.get(0).month()).minusMonths(1); !m.isAfter(last); m = m.plusMonths(1)) {
            BudgetStore.Month moves = byMonth.get(m);
            if (moves != null) {
                running = new BigDecimal[] {running[0].add(moves.committed()), running[1].add(moves.accrued()),
                    running[2].add(moves.claimed()), running[3].add(moves.paid())};
            }
            for (int i = 0; i < running.length; i++) {
                series.get(i).add(running[i]);
            }
            labels.add(m);
        }
        return new BudgetTimeline(labels, series.get(0), series.get(1), series.get(2), series.get(3));
    }

    private static Long scope(CurrentUser user) {
        return user.isAuthorityStaff() ? null : user.providerScope().orElse(-1L);
    }
}
