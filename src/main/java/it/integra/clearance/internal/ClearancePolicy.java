package it.integra.clearance.internal;

import it.integra.clearance.HostData;
import it.integra.clearance.RequestClearance;
import it.integra.participant.Eligibility;
import it.integra.participant.IntakeCard;
import it.integra.platform.Violation;
import it.integra.programme.CallDetails;
import it.integra.programme.ProgrammeDetails.ModelArea;
import it.integra.shared.AtecoCode;
import it.integra.shared.TaxCode;
import it.integra.shared.Territory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a provider may request a clearance: the call accepts requests and found the provider
 * eligible; the person is in the provider's charge and eligible; the hours of the model's first
 * phase are delivered; the training plan (PFI), the agreement with the host (convenzione) and the
 * host's data are there. Every reason is reported.
 */
public final class ClearancePolicy {

    private ClearancePolicy() {
    }

    public record Facts(CallDetails call, boolean providerEligible, IntakeCard intake, Eligibility eligibility,
                        Map<String, BigDecimal> hoursDelivered, LocalDate today) {
    }

    public static List<Violation> check(RequestClearance request, Facts facts) {
        List<Violation> violations = new ArrayList<>();
        if (!facts.call().acceptsRequestsOn(facts.today())) {
            violations.add(Violation.of("callCode", "clearance.callNotAccepting", facts.call().code()));
        }
        if (!facts.providerEligible()) {
            violations.add(Violation.of("callCode", "clearance.providerNotEligible", facts.call().code()));
        }
        if (facts.intake() == null) {
            violations.add(Violation.of("", "clearance.notInCharge"));
        }
        facts.eligibility().reasons().forEach(reason ->
                violations.add(new Violation("", reason.code(), reason.arguments())));
        violations.addAll(missingHours(facts));
        if (facts.intake() != null && !facts.intake().hasTrainingPlan()) {
            violations.add(Violation.of("", "clearance.pfiMissing"));
        }
        if (blank(request.conventionRef()) || request.conventionOn() == null) {
            violations.add(Violation.of("conventionRef", "clearance.conventionMissing"));
        }
        violations.addAll(hostProblems(request.host()));
        if (!Territory.isProvince(request.province())) {
            violations.add(Violation.of("province", "clearance.province"));
        }
        if (request.plannedStart() == null || request.plannedStart().isBefore(facts.today())) {
            violations.add(Violation.of("plannedStart", "clearance.plannedStart"));
        }
        return violations;
    }

    private static List<Violation> missingHours(Facts facts) {
        List<Violation> violations = new ArrayList<>();
        for (ModelArea area : facts.call().areas()) {
            if (!"PRE_CLEARANCE".equals(area.phase()) || area.optional()) {
                continue;
            }
            BigDecimal delivered = facts.hoursDelivered().getOrDefault(area.area(), BigDecimal.ZERO);
            if (delivered.compareTo(area.modelHours()) < 0) {
                violations.add(Violation.of("", "clearance.hoursMissing", area.area(),
                        delivered.stripTrailingZeros().toPlainString(), area.modelHours().stripTrailingZeros().toPlainString()));
            }
        }
        return violations;
    }

    static List<Violation> hostProblems(HostData host) {
        List<Violation> violations = new ArrayList<>();
        if (host == null) {
            return List.of(Violation.of("hostTaxCode", "clearance.host.missing"));
        }
        TaxCode.problemOfBusiness(host.taxCode()).ifPresent(problem -> violations.add(
                new Violation("hostTaxCode", problem.messageKey(), List.of(problem.arguments()))));
        if (blank(host.name())) {
            violations.add(Violation.of("hostName", "clearance.host.name"));
        }
        try {
            AtecoCode.parse(host.ateco());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("hostAteco", "clearance.host.ateco"));
        }
        if (!Territory.isProvince(host.province())) {
            violations.add(Violation.of("hostProvince", "clearance.host.province"));
        }
        if (host.employees() == null || host.employees() < 0) {
            violations.add(Violation.of("hostEmployees", "clearance.host.employees"));
        }
        return violations;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
