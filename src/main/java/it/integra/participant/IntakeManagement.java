package it.integra.participant;

import it.integra.participant.internal.IntakeStore;
import it.integra.participant.internal.ParticipantStore;
import it.integra.participant.internal.Scope;
import it.integra.participant.internal.TransferStore;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.TaxCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intakes (presa in carico): a provider takes a person in charge, writes the DID and service
 * agreement dates and the two plans, and eventually closes the intake. A provider sees only its own
 * intakes; staff see them all.
 */
@Service
@Transactional
public class IntakeManagement {

    private static final int PLAN_LENGTH = 10_000;

    private final IntakeStore intakes;
    private final ParticipantStore people;
    private final Scope scope;
    private final TransferStore transfers;
    private final AuditTrail audit;
    private final Clock clock;

    IntakeManagement(IntakeStore intakes, ParticipantStore people, Scope scope, TransferStore transfers,
                     AuditTrail audit, Clock clock) {
        this.intakes = intakes;
        this.people = people;
        this.scope = scope;
        this.transfers = transfers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The operator's provider takes in charge the person with this tax code (current or earlier):
     * knowing the code is what lets a second provider reach a person already registered. A person
     * another provider has in charge is not taken over: the provider asks for a transfer instead.
     *
     * @return the person's id
     * @throws InChargeElsewhereException when another provider has the person in charge
     */
    public long takeInCharge(String taxCode, LocalDate takenOn, CurrentUser user) {
        if (!user.is(Role.PROVIDER)) {
            throw new AccessDeniedException("only a provider takes a person in charge");
        }
        LocalDate on = takenOn == null ? today() : takenOn;
        if (on.isAfter(today())) {
            throw new ViolationException(List.of(Violation.of("takenOn", "participant.date.future")));
        }
        long id = registered(taxCode);
        ChargeSituation situation = situation(id, user.providerId());
        if (situation.elsewhere()) {
            throw new InChargeElsewhereException(TaxCode.parse(taxCode).value(), situation);
        }
        // a second operator of the same provider may have been quicker: then there is nothing to open
        intakes.open(id, user.providerId(), on).ifPresent(intake -> audit.record(ParticipantManagement.AUDIT_TYPE,
                id, "INTAKE_OPEN", user, null, intakes.auditJson(intake), null));
        return id;
    }

    /** Where the person with this tax code stands for the user's provider. */
    @Transactional(readOnly = true)
    public ChargeSituation situation(String taxCode, CurrentUser user) {
        if (!user.is(Role.PROVIDER)) {
            throw new AccessDeniedException("only a provider takes a person in charge");
        }
        return situation(registered(taxCode), user.providerId());
    }

    private ChargeSituation situation(long participantId, long providerId) {
        if (scope.inCharge(participantId, providerId)) {
            return ChargeSituation.IN_CHARGE_HERE;
        }
        if (intakes.holderOtherThan(participantId, providerId).isEmpty()) {
            return ChargeSituation.FREE;
        }
        return transfers.pending(participantId, providerId) ? ChargeSituation.TRANSFER_REQUESTED
                : ChargeSituation.ELSEWHERE;
    }

    private long registered(String taxCode) {
        String code = TaxCode.isValid(taxCode) ? TaxCode.parse(taxCode).value() : null;
        return (code == null ? Optional.<Long>empty() : people.idByTaxCode(code))
                .orElseThrow(() -> new ParticipantNotFoundException(taxCode));
    }

    /**
     * The person's intakes the user may see: every one for staff; for a provider its own, and those of
     * a provider whose pathway history the authority shared with it on a transfer.
     */
    @Transactional(readOnly = true)
    public List<IntakeDetails> intakes(long participantId, CurrentUser user) {
        if (!scope.mayOpen(participantId, user)) {
            throw new ParticipantNotFoundException(participantId);
        }
        return intakes.ofParticipant(participantId, scope.historyProviders(participantId, user));
    }

    /** One intake, if the user may change it: staff, or the provider it belongs to. */
    @Transactional(readOnly = true)
    public IntakeDetails intake(long participantId, long intakeId, CurrentUser user) {
        IntakeDetails intake = intakes.byId(intakeId).filter(i -> i.participantId() == participantId)
                .filter(i -> scope.mayOpen(participantId, user))
                .orElseThrow(() -> new ParticipantNotFoundException(participantId));
        if (!user.isAuthorityStaff() && !user.providerScope().map(p -> p == intake.providerId()).orElse(false)) {
            throw new AccessDeniedException("an intake belongs to its provider");
        }
        return intake;
    }

    public List<Violation> check(IntakeTerms terms) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = today();
        if (terms.takenOn() == null) {
            violations.add(Violation.of("takenOn", "participant.required"));
        }
        notFuture(violations, "takenOn", terms.takenOn(), today);
        notFuture(violations, "didOn", terms.didOn(), today);
        notFuture(violations, "serviceAgreementOn", terms.serviceAgreementOn(), today);
        plan(violations, "actionPlan", terms.actionPlan(), terms.actionPlanOn(), today);
        plan(violations, "trainingPlan", terms.trainingPlan(), terms.trainingPlanOn(), today);
        return violations;
    }

    public void update(long participantId, long intakeId, int expectedVersion, IntakeTerms terms, CurrentUser user) {
        IntakeDetails intake = intake(participantId, intakeId, user);
        ViolationException.throwIfAny(check(terms));
        String before = intakes.auditJson(intake.id());
        try {
            intakes.update(intake.id(), expectedVersion, terms);
        } catch (OptimisticLockingFailureException e) {
            throw new ViolationException(List.of(Violation.of("", "participant.changedMeanwhile")));
        }
        audit.record(ParticipantManagement.AUDIT_TYPE, participantId, "INTAKE_EDIT", user, before,
                intakes.auditJson(intake.id()), null);
    }

    /** The provider stops following the person; they leave its list unless it holds a clearance for them. */
    public void close(long participantId, long intakeId, CurrentUser user) {
        IntakeDetails intake = intake(participantId, intakeId, user);
        if (!intake.open()) {
            return;
        }
        String before = intakes.auditJson(intake.id());
        intakes.close(intake.id(), today().isBefore(intake.takenOn()) ? intake.takenOn() : today());
        audit.record(ParticipantManagement.AUDIT_TYPE, participantId, "INTAKE_CLOSE", user, before,
                intakes.auditJson(intake.id()), null);
    }

    private static void notFuture(List<Violation> violations, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            violations.add(Violation.of(field, "participant.date.future"));
        }
    }

    private static void plan(List<Violation> violations, String field, String text, LocalDate on, LocalDate today) {
        if (text != null && text.length() > PLAN_LENGTH) {
            violations.add(Violation.of(field, "participant.tooLong", PLAN_LENGTH));
        }
        if (text != null && on == null) {
            violations.add(Violation.of(field + "On", "participant.plan.dateRequired"));
        }
        if (text == null && on != null) {
            violations.add(Violation.of(field, "participant.plan.textRequired"));
        }
        notFuture(violations, field + "On", on, today);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
