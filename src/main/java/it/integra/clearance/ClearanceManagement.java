package it.integra.clearance;

import it.integra.clearance.ClearanceEvents.ClearanceCancelled;
import it.integra.clearance.ClearanceEvents.ClearanceGranted;
import it.integra.clearance.ClearanceEvents.ClearanceRejected;
import it.integra.clearance.ClearanceEvents.ClearanceRequested;
import it.integra.clearance.internal.ClearancePolicy;
import it.integra.clearance.internal.ClearanceStore;
import it.integra.clearance.internal.GrantPolicy;
import it.integra.participant.Eligibility;
import it.integra.participant.IntakeCard;
import it.integra.participant.ParticipantCard;
import it.integra.participant.ParticipantDirectory;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Lifecycles;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.provider.ProviderRegistry;
import it.integra.shared.Territory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clearance (nulla osta) workflow: a provider requests it for a person in its charge; the
 * authority grants it, committing the whole endowment, or rejects it; a granted clearance whose
 * internship does not start in time is cancelled, releasing the endowment. Everything is audited.
 */
@Service
@Transactional
public class ClearanceManagement {

    public static final String AUDIT_TYPE = "clearance";

    private final ClearanceStore clearances;
    private final CallManagement calls;
    private final ParticipantDirectory participants;
    private final ProviderRegistry providers;
    private final ObjectProvider<PrerequisiteHours> hours;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClearanceManagement(ClearanceStore clearances, CallManagement calls, ParticipantDirectory participants,
                        ProviderRegistry providers, ObjectProvider<PrerequisiteHours> hours, AuditTrail audit,
                        ApplicationEventPublisher events, Clock clock) {
        this.clearances = clearances;
        this.calls = calls;
        this.participants = participants;
        this.providers = providers;
        this.hours = hours;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every reason why the request would be refused; empty when it would be accepted. */
    @Transactional(readOnly = true)
    public List<Violation> check(RequestClearance request, CurrentUser user) {
        long providerId = user.providerScope().orElseThrow(() -> new AccessDeniedException("providers request clearances"));
        CallDetails call = calls.find(request.callCode()).orElse(null);
        ParticipantCard person = participants.find(request.participantId()).orElse(null);
        if (call == null || person == null) {
            return List.of(Violation.of(call == null ? "callCode" : "", call == null ? "clearance.callUnknown"
                    : "clearance.personUnknown"));
        }
        IntakeCard intake = participants.openIntake(person.id(), providerId).orElse(null);
        LocalDate start = request.plannedStart() == null ? today() : request.plannedStart();
        Eligibility eligibility = participants.eligibility(person, call, providerId, start);
        Map<String, BigDecimal> delivered = intake == null ? Map.of() : deliveredHours(intake.id());
        var facts = new ClearancePolicy.Facts(call, providers.eligibleFor(providerId, call.id()), intake, eligibility,
                delivered, today());
        return ClearancePolicy.check(request, facts);
    }

    public ClearanceView request(RequestClearance request, CurrentUser user) {
        // a double click: the second request waits for the first, then finds the person's pathway open
        clearances.lockRequests(request.participantId());
        ViolationException.throwIfAny(check(request, user));
        long providerId = user.providerId();
        CallDetails call = calls.find(request.callCode()).orElseThrow();
        IntakeCard intake = participants.openIntake(request.participantId(), providerId).orElseThrow();
        String region = Territory.province(request.province()).orElseThrow().regionCode();
        long id = clearances.insert(request, call.id(), providerId, intake.id(), region, today(), user.id());
        audit.record(AUDIT_TYPE, id, "REQUEST", user, null, clearances.json(id), null);
        events.publishEvent(new ClearanceRequested(id, intake.id(), call.id()));
        return clearances.find(id).orElseThrow();
    }

    /** Grants a requested clearance, one grant at a time per call so the last endowment goes once. */
    public ClearanceView grant(long id, CurrentUser user) {
        requireStaff(user);
        CallDetails call = calls.lockForSpending(requireStep(id, ClearanceStatus.GRANTED).callId());
        // read again under the call's lock: a grant of the same request that went first is seen here
        ClearanceView clearance = requireStep(id, ClearanceStatus.GRANTED);
        ViolationException.throwIfAny(GrantPolicy.check(call, clearances.activeGrants(call.id()),
                clearances.activeGrants(call.id(), clearance.providerId())));
        return move(clearance, ClearanceStatus.GRANTED, null, "GRANT", user,
                new ClearanceGranted(id, clearance.callId()));
    }

    public ClearanceView reject(long id, String reason, CurrentUser user) {
        requireStaff(user);
        ClearanceView clearance = requireStep(id, ClearanceStatus.REJECTED);
        if (reason == null || reason.isBlank()) {
            throw new ViolationException(List.of(Violation.of("reason", "clearance.reasonRequired")));
        }
        return move(clearance, ClearanceStatus.REJECTED, reason.strip(), "REJECT", user, new ClearanceRejected(id));
    }

    /** Cancels a granted clearance whose internship has not started, by the authority or its provider. */
    public ClearanceView cancel(long id, String reason, CurrentUser user) {
        ClearanceView clearance = requireStep(id, ClearanceStatus.CANCELLED);
        if (!user.isAuthorityStaff() && !user.providerScope().map(p -> p == clearance.providerId()).orElse(false)) {
            throw new AccessDeniedException("cancel clearance " + id);
        }
        if (clearance.hasInternship()) {
            throw new ViolationException(List.of(Violation.of("", "clearance.internshipStarted")));
        }
        if (reason == null || reason.isBlank()) {
            throw new ViolationException(List.of(Violation.of("reason", "clearance.reasonRequired")));
        }
        return move(clearance, ClearanceStatus.CANCELLED, reason.strip(), "CANCEL", user,
                new ClearanceCancelled(id, clearance.callId()));
    }

    private ClearanceView move(ClearanceView clearance, ClearanceStatus next, String reason, String action,
                               CurrentUser user, Object event) {
        String before = clearances.json(clearance.id());
        try {
            clearances.move(clearance, next, today(), reason, user.id());
        } catch (OptimisticLockingFailureException decidedMeanwhile) {
            throw audit.changedMeanwhile(AUDIT_TYPE, clearance.id());
        }
        audit.record(AUDIT_TYPE, clearance.id(), action, user, before, clearances.json(clearance.id()), reason);
        events.publishEvent(event);
        return clearances.find(clearance.id()).orElseThrow();
    }

    private ClearanceView requireStep(long id, ClearanceStatus next) {
        ClearanceView clearance = clearances.find(id).orElseThrow(() -> new ClearanceNotFoundException(id));
        if (Lifecycles.movedPast(clearance.status(), next, ClearanceStatus::canBecome)) {
            throw audit.changedMeanwhile(AUDIT_TYPE, id);
        }
        if (!clearance.status().canBecome(next)) {
            throw new ViolationException(List.of(Violation.of("", "clearance.transition.refused",
                    clearance.status(), next)));
        }
        return clearance;
    }

    private Map<String, BigDecimal> deliveredHours(long intakeId) {
        PrerequisiteHours lookup = hours.getIfAvailable();
        return lookup == null ? Map.of() : lookup.deliveredBeforeRequest(intakeId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OFFICER)) {
            throw new AccessDeniedException("only the authority decides clearances");
        }
    }
}
