package it.integra.programme;

import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Lifecycles;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.internal.CallPolicy;
import it.integra.programme.internal.CallStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority's work on calls: create a draft with a copy of the programme's model, edit it until
 * it opens, publish it, close it. Every change is written to the audit trail.
 */
@Service
@Transactional
public class CallManagement {

    public static final String AUDIT_TYPE = "call";

    private final CallStore calls;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CallManagement(CallStore calls, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public CallDetails create(CreateCall command, CurrentUser user) {
        requireStaff(user);
        ViolationException.throwIfAny(check(command));
        long id = calls.insert(command.code(), command.programme(), command.terms());
        CallDetails created = calls.byId(id).orElseThrow();
        audit.record(AUDIT_TYPE, id, "CREATE", user, null, calls.json(id), null);
        events.publishEvent(new CallChanged(id, created.code(), created.status(), "CREATE"));
        return created;
    }

    /** Every rule a new call breaks, without creating it. */
    @Transactional(readOnly = true)
    public List<Violation> check(CreateCall command) {
        List<Violation> violations = new java.util.ArrayList<>(CallPolicy.checkCode(command.code(),
                command.code() != null && calls.codeTaken(command.code())));
        if (command.programme() == null || !calls.programmeExists(command.programme())) {
            violations.add(Violation.of("programme", "call.programme.unknown"));
        }
        violations.addAll(CallPolicy.checkTerms(command.terms()));
        return violations;
    }

    /** Every rule the terms of a call break. */
    public List<Violation> check(CallTerms terms) {
        return CallPolicy.checkTerms(terms);
    }

    public CallDetails edit(String code, int expectedVersion, CallTerms terms, CurrentUser user) {
        requireStaff(user);
        CallDetails call = existing(code);
        if (call.version() != expectedVersion) {
            throw new ViolationException(List.of(Violation.of("", "call.changedMeanwhile")));
        }
        if (!call.editableOn(today())) {
            throw new ViolationException(List.of(Violation.of("", "call.notEditable")));
        }
        ViolationException.throwIfAny(CallPolicy.checkTerms(terms));
        String before = calls.json(call.id());
        calls.updateTerms(call, terms);
        audit.record(AUDIT_TYPE, call.id(), "EDIT", user, before, calls.json(call.id()), null);
        events.publishEvent(new CallChanged(call.id(), code, call.status(), "EDIT"));
        return existing(code);
    }

    public CallDetails publish(String code, CurrentUser user) {
        return move(code, CallStatus.OPEN, "PUBLISH", user);
    }

    public CallDetails close(String code, CurrentUser user) {
        return move(code, CallStatus.CLOSED, "CLOSE", user);
    }

    @Transactional(readOnly = true)
    public Optional<CallDetails> find(String code) {
        return calls.byCode(code);
    }

    @Transactional(readOnly = true)
    public Optional<CallDetails> find(long id) {
        return calls.byId(id);
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<CallSummary> search(CallQuery query,
                                                                    org.springframework.data.domain.Pageable pageable) {
        return calls.search(query, pageable);
    }

    /**
     * Locks the call until the caller's transaction ends, so that decisions that spend its budget
     * (grants) happen one at a time per call.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public CallDetails lockForSpending(long callId) {
        calls.lock(callId);
        return calls.byId(callId).orElseThrow();
    }

    /** Calls open today to applications and clearance requests. */
    @Transactional(readOnly = true)
    public List<CallSummary> acceptingRequests() {
        return calls.accepting(today());
    }

    private CallDetails move(String code, CallStatus next, String action, CurrentUser user) {
        requireStaff(user);
        CallDetails call = existing(code);
        if (Lifecycles.movedPast(call.status(), next, CallStatus::canBecome)) {
            throw audit.changedMeanwhile(AUDIT_TYPE, call.id());
        }
        if (!call.status().canBecome(next)) {
            throw new ViolationException(List.of(Violation.of("", "call.transition.refused", call.status(), next)));
        }
        String before = calls.json(call.id());
        try {
            calls.updateStatus(call, next);
        } catch (OptimisticLockingFailureException movedMeanwhile) {
            throw audit.changedMeanwhile(AUDIT_TYPE, call.id());
        }
        audit.record(AUDIT_TYPE, call.id(), action, user, before, calls.json(call.id()), null);
        events.publishEvent(new CallChanged(call.id(), code, next, action));
        return existing(code);
    }

    private CallDetails existing(String code) {
        return calls.byCode(code).orElseThrow(() -> new CallNotFoundException(code));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("only the authority's staff manage calls");
        }
    }
}
