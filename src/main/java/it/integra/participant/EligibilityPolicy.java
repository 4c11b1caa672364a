package it.integra.participant;

import it.integra.programme.CallDetails;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may start a pathway in a call: a target group the call admits, the programme's age at the
 * internship start (PERCORSI: at least 16 and under 23; PUOI and INSIDE: adults), jobless with a
 * declaration of immediate availability (DID) no older than six months, and no other open pathway in
 * the same call. Reports every reason, not just the first.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    /**
     * @param intake the open intake that supports the request, or null when there is none
     * @param internshipStart the date the ages are reckoned at
     * @param today the date the DID must be current at
     */
    public static Eligibility check(ParticipantCard person, CallDetails call, IntakeCard intake,
                                    boolean openPathwayInCall, LocalDate internshipStart, LocalDate today) {
        List<Eligibility.Reason> reasons = new ArrayList<>();
        if (!call.targetGroups().contains(person.targetGroup())) {
            reasons.add(reason("eligibility.targetGroup", person.targetGroup(), call.code()));
        }
        int age = Period.between(person.birthDate(), internshipStart).getYears();
        if (call.minAge() != null && age < call.minAge()) {
            reasons.add(reason("eligibility.tooYoung", call.minAge(), age));
        }
        if (call.maxAgeExclusive() != null && age >= call.maxAgeExclusive()) {
            reasons.add(reason("eligibility.tooOld", call.maxAgeExclusive(), age));
        }
        if (intake == null || intake.didOn() == null) {
            reasons.add(reason("eligibility.noDid"));
        } else if (!intake.didCurrentOn(today)) {
            reasons.add(reason("eligibility.didOutOfDate",
                    intake.didOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        if (openPathwayInCall) {
            reasons.add(reason("eligibility.openPathway", call.code()));
        }
        return new Eligibility(reasons);
    }

    private static Eligibility.Reason reason(String code, Object... arguments) {
        return new Eligibility.Reason(code, List.of(arguments));
    }
}
