package it.integra.demo.internal;

import it.integra.demo.internal.DemoWriter.CallPlan;
import it.integra.demo.internal.DemoWriter.Pathway;
import java.time.LocalDate;
import java.util.List;

/** INSIDE: 912 pathways funded, 753 internships started, 569 completed. */
final class DemoInside {

    private final DemoPlan plan;

    DemoInside(DemoPlan plan) {
        this.plan = plan;
    }

    void write() {
        CallPlan call = plan.call("INSIDE-2016", "INSIDE", "INSIDE - Inserimento socio-lavorativo di titolari di protezione internazionale",
                LocalDate.of(2016, 1, 15), LocalDate.of(2017, 12, 31), 5_500_000, 6,
                List.of("INTERNATIONAL_PROTECTION"), 18, 40);
        List<String> providers = plan.providerCodes.subList(540, 620);
        plan.apply(call, providers, "ELIGIBLE");
        List<Pathway> pathways = plan.pathways(call, providers, DemoPlan.fates(88, 159, 0, 569, 184), null,
                providers.size());
        DemoOutcomes.randomEmployment(plan, pathways, 0.45);
    }
}
