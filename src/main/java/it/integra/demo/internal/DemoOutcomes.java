package it.integra.demo.internal;

import it.integra.demo.internal.DemoWriter.Pathway;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Employment after the internship: exact counts where the programme published them, plausible elsewhere. */
final class DemoOutcomes {

    private DemoOutcomes() {
    }

    /**
     * Among the completed pathways, exactly {@code within3} find a job within 3 months of the end,
     * {@code within6} within 6 and {@code within12} within 12 (cumulative counts), some later.
     */
    static void exact(DemoPlan plan, List<Pathway> completed, int within3, int within6, int within12, int later) {
        List<Pathway> shuffled = new ArrayList<>(completed);
        Collections.shuffle(shuffled, plan.random);
        for (int i = 0; i < shuffled.size(); i++) {
            Pathway pathway = shuffled.get(i);
            var end = pathway.endDate();
            if (i < within3) {
                plan.writer.employment(pathway, end.plusDays(plan.random.nextInt(85)), plan.random.nextInt(10) < 4);
            } else if (i < within6) {
                plan.writer.employment(pathway, end.plusMonths(3).plusDays(1 + plan.random.nextInt(85)), plan.random.nextInt(10) < 2);
            } else if (i < within12) {
                plan.writer.employment(pathway, end.plusMonths(6).plusDays(1 + plan.random.nextInt(175)), false);
            } else if (i < within12 + later) {
                plan.writer.employment(pathway, end.plusMonths(12).plusDays(1 + plan.random.nextInt(300)), false);
            }
        }
    }

    /** A share of the pathways that ended finds a job at some point in the following year. */
    static void randomEmployment(DemoPlan plan, List<Pathway> pathways, double share) {
        for (Pathway pathway : pathways) {
            if (pathway.endDate() != null && plan.random.nextDouble() < share) {
                plan.writer.employment(pathway, pathway.endDate().plusDays(plan.random.nextInt(360)),
                        plan.random.nextInt(10) < 3);
            }
        }
    }
}
