package it.integra.internship;

import it.integra.clearance.ClearanceNotFoundException;
import it.integra.clearance.ClearanceQueries;
import it.integra.clearance.ClearanceView;
import it.integra.internship.InternshipEvents.InternshipStarted;
import it.integra.internship.internal.HostStore;
import it.integra.internship.internal.InternshipStore;
import it.integra.internship.internal.ProviderTutors;
import it.integra.internship.internal.StartPolicy;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.shared.TaxCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting internships: a provider's operator starts the internship of a clearance the authority
 * granted to the provider, naming the host (kept in the host registry), the tutors, the start date
 * and the weekly hours. The planned end follows from the call's months. Audited; publishes
 * {@link InternshipStarted}.
 */
@Service
@Transactional
public class InternshipManagement {

    public static final String AUDIT_TYPE = "internship";

    private final InternshipStore internships;
    private final HostManagement hostRegistry;
    private final HostStore hosts;
    private final ProviderTutors tutors;
    private final ClearanceQueries clearances;
    private final CallManagement calls;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    InternshipManagement(InternshipStore internships, HostManagement hostRegistry, HostStore hosts,
                         ProviderTutors tutors, ClearanceQueries clearances, CallManagement calls, AuditTrail audit,
                         ApplicationEventPublisher events) {
        this.internships = internships;
        this.hostRegistry = hostRegistry;
        this.hosts = hosts;
        this.tutors = tutors;
        this.clearances = clearances;
        this.calls = calls;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The start form as the clearance proposes it: its host (with the address the registry knows),
     * its planned start, and the operator as the provider tutor.
     */
    @Transactional(readOnly = true)
    public StartInternship proposal(long clearanceId, CurrentUser user) {
        ClearanceView clearance = startable(clearanceId, user);
        String address = clearance.hostTaxCode() == null ? null
                : hosts.findByTaxCode(clearance.hostTaxCode()).map(HostDetails::address).orElse(null);
        SaveHost host = new SaveHost(clearance.hostTaxCode(), clearance.hostName(), clearance.hostAteco(),
                clearance.hostProvince(), address, clearance.hostEmployees());
        return new StartInternship(clearanceId, host, user.id(), null, new NewCompanyTutor(null, null, null),
                clearance.plannedStart(), null, false, false);
    }

    /** The clearance an operator may start an internship from; refused for anyone else. */
    @Transactional(readOnly = true)
    public ClearanceView startable(long clearanceId, CurrentUser user) {
        ClearanceView clearance = clearances.find(clearanceId, user)
                .orElseThrow(() -> new ClearanceNotFoundException(clearanceId));
        if (user.providerScope().filter(provider -> provider == clearance.providerId()).isEmpty()) {
            throw new AccessDeniedException("only the clearance's provider starts its internship");
        }
        return clearance;
    }

    /** Every reason why the start would be refused; empty when it would be accepted. */
    @Transactional(readOnly = true)
    public List<Violation> check(StartInternship start, CurrentUser user) {
        ClearanceView clearance = startable(start.clearanceId(), user);
        return StartPolicy.check(start, facts(start, clearance));
    }

    public InternshipView start(StartInternship start, CurrentUser user) {
        ClearanceView clearance = startable(start.clearanceId(), user);
        // one start of a clearance at a time; a start that went first is named with who and when
        internships.lockStart(clearance.id());
        internships.ofClearance(clearance.id()).ifPresent(started -> {
            throw audit.changedMeanwhile(AUDIT_TYPE, started.id());
        });
        if (TaxCode.isValidOfBusiness(start.host().taxCode())) {
            hosts.lock(start.host().taxCode());
        }
        ViolationException.throwIfAny(StartPolicy.check(start, facts(start, clearance)));
        CallDetails call = calls.find(clearance.callId()).orElseThrow();
        long hostId = hostRegistry.upsertForStart(start.host(), user);
        long companyTutorId = start.companyTutorId() != null ? start.companyTutorId()
                : hostRegistry.addTutorForStart(hostId, start.newCompanyTutor(), user);
        LocalDate plannedEnd = StartPolicy.plannedEnd(start.startDate(), call.internshipMonths());
        long id;
        try {
            id = internships.insert(start, hostId, companyTutorId, plannedEnd, user.id());
        } catch (DuplicateKeyException e) {
            // another operator started it between the check and the insert
            throw new ViolationException(List.of(Violation.of("", "internship.alreadyStarted", clearance.code())));
        }
        audit.record(AUDIT_TYPE, id, "START", user, null, internships.json(id), null);
        events.publishEvent(new InternshipStarted(id, clearance.id(), clearance.callId(), clearance.providerId(), hostId,
                start.startDate(), plannedEnd));
        return internships.find(id).orElseThrow();
    }

    private StartPolicy.Facts facts(StartInternship start, ClearanceView clearance) {
        Optional<HostDetails> host = start.host().taxCode() == null ? Optional.empty()
                : hosts.findByTaxCode(start.host().taxCode());
        boolean tutorOfProvider = start.providerTutorId() != null
                && tutors.isOperatorOf(start.providerTutorId(), clearance.providerId());
        long tutorOngoing = tutorOfProvider ? tutors.lockAndCountOngoing(start.providerTutorId()) : 0;
        boolean companyTutorOfHost = start.companyTutorId() != null && host.map(h -> h.activeTutors().stream()
                .anyMatch(t -> t.id() == start.companyTutorId())).orElse(false);
        return new StartPolicy.Facts(clearance, internships.ofClearance(clearance.id()).isPresent(), tutorOfProvider,
                tutorOngoing, host.map(HostDetails::ongoing).orElse(0L), companyTutorOfHost);
    }
}
