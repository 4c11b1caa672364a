package it.integra.accounting.internal;

import it.integra.programme.ProgrammeDetails.EndowmentLine;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The built-in models (domain.md) as the calls copy them, for the tests of the pure rules. */
final class Models {

    private Models() {
    }

    static final List<ModelArea> PUOI_AREAS = List.of(
            area("INTAKE", "4", "PRE_CLEARANCE", "0", false),
            area("SPECIALIST_GUIDANCE", "16", "PRE_CLEARANCE", "0", false),
            area("TUTORING", "16", "INTERNSHIP", "0", false),
            area("JOB_SEARCH_GUIDANCE", "32", "INTERNSHIP_AND_AFTER", "8", false),
            area("COVID_GUIDANCE", "24", "AFTER_CLEARANCE", "0", true));

    static final List<EndowmentLine> PUOI_LINES = List.of(
            line("INTAKE", "HOURLY", "INTAKE", "4", "34.00", "136.00", "PROVIDER", "AMIF", false),
            line("SPECIALIST_GUIDANCE", "HOURLY", "SPECIALIST_GUIDANCE", "16", "35.50", "568.00", "PROVIDER", "AMIF", false),
            line("JOB_SEARCH_GUIDANCE", "HOURLY", "JOB_SEARCH_GUIDANCE", "32", "35.50", "1136.00", "PROVIDER", "AMIF", false),
            line("TUTORING", "HOURLY", "TUTORING", "16", "31.25", "500.00", "PROVIDER", "ESF", false),
            line("HOST_TUTORING", "FLAT", null, null, null, "600.00", "HOST", "ESF", false),
            line("ALLOWANCE", "MONTHLY", null, "6", "500.00", "3000.00", "TRAINEE", "ESF", false),
            line("COVID_ALLOWANCE", "FLAT", null, null, null, "480.00", "TRAINEE", "ESF", true));

    static final Set<String> PUOI_PRO_RATA_AREAS = Set.of("INTAKE", "SPECIALIST_GUIDANCE", "TUTORING", "JOB_SEARCH_GUIDANCE");

    static final List<EndowmentLine> PERCORSI_LINES = List.of(
            line("PROVIDER_SERVICES", "PRO_RATA", null, "62", null, "2000.00", "PROVIDER", "ESF", false),
            line("HOST_TUTORING", "FLAT", null, null, null, "500.00", "HOST", "ESF", false),
            line("ALLOWANCE", "MONTHLY", null, "5", "500.00", "2500.00", "TRAINEE", "ESF", false));

    static final Set<String> PERCORSI_AREAS = Set.of("INTAKE", "SPECIALIST_GUIDANCE", "TRAINING");

    static ModelArea area(String area, String hours, String phase, String afterEnd, boolean optional) {
        return new ModelArea(area, new BigDecimal(hours), phase, new BigDecimal(afterEnd), optional);
    }

    static EndowmentLine line(String line, String basis, String area, String quantity, String unitCost, String amount,
                              String recipient, String fund, boolean optional) {
        return new EndowmentLine(line, basis, area, quantity == null ? null : new BigDecimal(quantity),
                unitCost == null ? null : new BigDecimal(unitCost), new BigDecimal(amount), recipient, fund, optional);
    }
}
