package it.integra.demo.internal;

import it.integra.demo.internal.DemoWriter.CallPlan;
import it.integra.demo.internal.DemoWriter.Pathway;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * PERCORSI, three calls: 403 providers, 2,048 pathways funded, 1,965 internships started, 1,782
 * completed; 419, 589 and 860 of them with a job contract within 3, 6 and 12 months of the end.
 */
final class DemoPercorsi {

    static final List<String> GROUPS = List.of("UNACCOMPANIED_MINOR", "FORMER_UNACCOMPANIED_MINOR");

    private final DemoPlan plan;

    DemoPercorsi(DemoPlan plan) {
        this.plan = plan;
    }

    void write() {
        List<String> active = plan.providerCodes.subList(90, 493);
        List<String> others = plan.providerCodes.subList(493, 540);
        List<CallPlan> calls = List.of(
                plan.call("PERCORSI-2017", "PERCORSI", "PERCORSI - primo avviso", LocalDate.of(2017, 1, 16),
                        LocalDate.of(2017, 12, 31), 3_500_000, 5, GROUPS, 16, 23),
                plan.call("PERCORSI-2018", "PERCORSI", "PERCORSI - secondo avviso", LocalDate.of(2018, 2, 1),
                        LocalDate.of(2018, 12, 31), 3_500_000, 5, GROUPS, 16, 23),
                plan.call("PERCORSI-2019", "PERCORSI", "PERCORSI - terzo avviso", LocalDate.of(2019, 3, 1),
                        LocalDate.of(2020, 6, 30), 4_600_000, 5, GROUPS, 16, 23));
        int[][] fates = {{90, 28, 0, 610, 62}, {80, 28, 0, 610, 62}, {80, 27, 0, 562, 59}};
        List<Pathway> completed = new ArrayList<>();
        for (int c = 0; c < calls.size(); c++) {
            CallPlan call = calls.get(c);
            plan.apply(call, active, "ELIGIBLE");
            plan.apply(call, others.subList(0, 20), "ELIGIBLE");
            plan.apply(call, others.subList(20, others.size()), c == 0 ? "INELIGIBLE" : "ELIGIBLE");
            int[] f = fates[c];
            List<Pathway> pathways = plan.pathways(call, active, DemoPlan.fates(f[0], f[1], f[2], f[3], f[4]), null,
                    active.size());
            collectCompleted(pathways, completed);
        }
        DemoOutcomes.exact(plan, completed, 419, 589, 860, 310);
    }

    /** The writer returns pathways in order; completed ones are those whose internship ran to its planned end. */
    private void collectCompleted(List<Pathway> pathways, List<Pathway> completed) {
        pathways.stream().filter(Pathway::completed).forEach(completed::add);
    }
}
