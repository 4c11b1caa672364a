package it.integra.accounting;

import it.integra.accounting.AccountingEvents.Delivery;
import it.integra.accounting.AccountingEvents.HoursLogged;
import it.integra.accounting.internal.HoursPolicy;
import it.integra.accounting.internal.HoursPolicy.PathwayFacts;
import it.integra.accounting.internal.HoursStore;
import it.integra.internship.InternshipQueries;
import it.integra.internship.ProviderTutor;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallSummary;
import it.integra.programme.ProgrammeDetails.ModelArea;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service hours as a provider's operators log them: one session in one area on one day, for one
 * pathway or a group (all or nothing), under the rules of {@link HoursPolicy}. Each session is
 * audited; the ledger accrues it through {@link HoursLogged}.
 */
@Service
@Transactional
public class HoursManagement {

    public static final String AUDIT_TYPE = "hours";

    private final HoursStore hours;
    private final CallManagement calls;
    private final InternshipQueries internships;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HoursManagement(HoursStore hours, CallManagement calls, InternshipQueries internships, AuditTrail audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.hours = hours;
        this.calls = calls;
        this.internships = internships;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every reason why the session would be refused; empty when it would be logged. */
    @Transactional(readOnly = true)
    public List<Violation> check(LogHours command, CurrentUser user) {
        long provider = providerOf(user);
        Map<String, ModelArea> beforeRequest = null;
        List<PathwayFacts> facts = new ArrayList<>();
        for (PathwayRef ref : command.pathways()) {
            HoursStore.Pathway pathway = hours.pathway(ref).filter(p -> p.providerId() == provider)
                    .orElseThrow(() -> new PathwayNotFoundException(ref));
            if (!ref.isClearance() && beforeRequest == null) {
                beforeRequest = firstPhaseOfOpenCalls();
            }
            facts.add(facts(pathway, ref.isClearance() ? model(pathway.callId()) : beforeRequest, command));
        }
        List<Violation> violations = new ArrayList<>(HoursPolicy.check(command, facts, LocalDate.now(clock)));
        if (command.operatorId() != null && operators(provider).stream().noneMatch(o -> o.id() == command.operatorId())) {
            violations.add(Violation.of("operatorId", "hours.operatorUnknown"));
        }
        return violations;
    }

    /** Logs the session for every pathway, or refuses it with every violation; returns the session's id. */
    public long log(LogHours command, CurrentUser user) {
        providerOf(user);
        hours.lock(command.pathways());
        ViolationException.throwIfAny(check(command, user));
        long session = hours.newSession();
        List<Delivery> deliveries = new ArrayList<>();
        try {
            for (PathwayRef ref : command.pathways()) {
                long id = hours.insert(session, ref, command, user.id());
                deliveries.add(new Delivery(id, ref.isClearance() ? ref.id() : null, ref.isClearance() ? null : ref.id(),
                        command.area().name(), command.deliveredOn(), command.hours()));
            }
        } catch (DuplicateKeyException sameDayMeanwhile) {
            throw new ViolationException(List.of(Violation.of("deliveredOn", "hours.dayTakenMeanwhile")));
        }
        audit.record(AUDIT_TYPE, session, "LOG", user, null, hours.json(session), null);
        events.publishEvent(new HoursLogged(session, deliveries));
        return session;
    }

    /** The provider's operators, who may be named as having delivered a session. */
    @Transactional(readOnly = true)
    public List<ProviderTutor> operators(long providerId) {
        return internships.providerTutors(providerId);
    }

    private PathwayFacts facts(HoursStore.Pathway pathway, Map<String, ModelArea> model, LogHours command) {
        HoursStore.Logged logged = command.area() == null || command.deliveredOn() == null
                ? new HoursStore.Logged(BigDecimal.ZERO, BigDecimal.ZERO, false)
                : hours.logged(pathway.ref(), command.area().name(), command.deliveredOn(), pathway.internshipLastDay());
        return new PathwayFacts(pathway.ref(), pathway.person(), pathway.clearanceStatus(), pathway.requestedOn(),
                pathway.grantedOn(), pathway.internshipStart(), pathway.internshipLastDay(), model, logged.total(),
                logged.byEnd(), logged.dayTaken(), pathway.superseded());
    }

    private Map<String, ModelArea> model(long callId) {
        Map<String, ModelArea> model = new HashMap<>();
        calls.find(callId).orElseThrow().areas().forEach(area -> model.put(area.area(), area));
        return model;
    }

    /**
     * Before a request the call is not chosen yet: the first-phase areas of the calls accepting
     * requests, each with the largest model hours among them, so that no call's hours are refused.
     */
    private Map<String, ModelArea> firstPhaseOfOpenCalls() {
        Map<String, ModelArea> model = new HashMap<>();
        for (CallSummary summary : calls.acceptingRequests()) {
            CallDetails call = calls.find(summary.code()).orElseThrow();
            call.areas().stream().filter(area -> "PRE_CLEARANCE".equals(area.phase())).forEach(area ->
                    model.merge(area.area(), area, (a, b) -> a.modelHours().compareTo(b.modelHours()) >= 0 ? a : b));
        }
        return model;
    }

    private static long providerOf(CurrentUser user) {
        return user.providerScope().orElseThrow(() -> new AccessDeniedException("providers' operators log hours"));
    }
}
