package it.integra.internship;

import it.integra.internship.internal.HostRules;
import it.integra.internship.internal.HostStore;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.TaxCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host registry (soggetti ospitanti), one record per tax code, shared by everyone: the
 * authority's staff and the providers' operators register new hosts; a host and its company tutors
 * are changed only by the authority and by the providers that work with it (a clearance requested or
 * granted for it, or an internship there). Others read its public data only: name, tax code, ATECO
 * code and province, never its tutors or their contacts. Every change is audited.
 */
@Service
@Transactional
public class HostManagement {

    public static final String AUDIT_TYPE = "host";

    private final HostStore hosts;
    private final AuditTrail audit;

    HostManagement(HostStore hosts, AuditTrail audit) {
        this.hosts = hosts;
        this.audit = audit;
    }

    /** One page of the registry; rows of hosts the user does not work with carry the public data only. */
    @Transactional(readOnly = true)
    public Page<HostSummary> search(HostFilter filter, Pageable pageable, CurrentUser user) {
        requireReader(user);
        return hosts.search(filter, pageable, user.providerScope().orElse(null));
    }

    /** The host as the user may read it: whole for whoever may change it, its public data for others. */
    @Transactional(readOnly = true)
    public Optional<HostDetails> find(long id, CurrentUser user) {
        requireReader(user);
        return hosts.find(id).map(host -> mayChange(id, user) ? host : host.publicData());
    }

    /** Whether the user may change the host and its tutors, and so read the tutors' contacts. */
    @Transactional(readOnly = true)
    public boolean mayChange(long id, CurrentUser user) {
        if (user.isAuthorityStaff()) {
            return true;
        }
        return user.providerScope().map(provider -> hosts.worksWith(id, provider)).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<HostDetails> findByTaxCode(String taxCode) {
        return taxCode == null ? Optional.empty() : hosts.findByTaxCode(TaxCode.cleanOfBusiness(taxCode.strip()));
    }

    /** Every problem of the host's data; {@code hostId} is the host being changed, null for a new one. */
    @Transactional(readOnly = true)
    public List<Violation> check(SaveHost host, Long hostId) {
        List<Violation> violations = new ArrayList<>(HostRules.check(host, ""));
        if (host.taxCode() != null && hosts.findByTaxCode(host.taxCode())
                .filter(other -> !Objects.equals(other.id(), hostId)).isPresent()) {
            violations.add(Violation.of("taxCode", "internship.host.taxCodeTaken", host.taxCode()));
        }
        return violations;
    }

    public HostDetails register(SaveHost host, NewCompanyTutor tutor, CurrentUser user) {
        requireEditor(user);
        ViolationException.throwIfAny(check(host, null));
        long id = hosts.insert(host, user.id());
        if (tutor != null && tutor.name() != null) {
            hosts.addTutor(id, tutor);
        }
        audit.record(AUDIT_TYPE, id, "CREATE", user, null, hosts.json(id), null);
        return hosts.find(id).orElseThrow();
    }

    public HostDetails edit(long id, int expectedVersion, SaveHost host, CurrentUser user) {
        changeable(id, user);
        ViolationException.throwIfAny(check(host, id));
        String before = hosts.json(id);
        try {
            hosts.update(id, expectedVersion, host, user.id());
        } catch (OptimisticLockingFailureException e) {
            throw new ViolationException(List.of(Violation.of("", "internship.host.changedMeanwhile")));
        }
        audit.record(AUDIT_TYPE, id, "EDIT", user, before, hosts.json(id), null);
        return hosts.find(id).orElseThrow();
    }

    public HostDetails addTutor(long hostId, NewCompanyTutor tutor, CurrentUser user) {
        changeable(hostId, user);
        if (tutor.name() == null) {
            throw new ViolationException(List.of(Violation.of("name", "internship.tutor.name")));
        }
        String before = hosts.json(hostId);
        hosts.addTutor(hostId, tutor);
        audit.record(AUDIT_TYPE, hostId, "TUTOR_ADD", user, before, hosts.json(hostId), tutor.name());
        return hosts.find(hostId).orElseThrow();
    }

    /** Marks a tutor as gone; internships that had them keep pointing at them. */
    public HostDetails deactivateTutor(long hostId, long tutorId, CurrentUser user) {
        changeable(hostId, user);
        String before = hosts.json(hostId);
        if (hosts.deactivateTutor(hostId, tutorId)) {
            audit.record(AUDIT_TYPE, hostId, "TUTOR_REMOVE", user, before, hosts.json(hostId), null);
        }
        return hosts.find(hostId).orElseThrow();
    }

    /**
     * Registers the host of an internship being started, or brings its record up to the data given
     * when the user may change it; the caller has checked them. A provider starting at a host it does
     * not work with leaves the shared record as it is (the internship keeps the data given). Returns
     * the host's id.
     */
    long upsertForStart(SaveHost host, CurrentUser user) {
        Optional<HostDetails> known = hosts.findByTaxCode(host.taxCode());
        if (known.isEmpty()) {
            long id = hosts.insert(host, user.id());
            audit.record(AUDIT_TYPE, id, "CREATE", user, null, hosts.json(id), null);
            return id;
        }
        HostDetails current = known.get();
        if (!mayChange(current.id(), user)) {
            return current.id();
        }
        SaveHost merged = new SaveHost(host.taxCode(), host.name(), host.ateco(), host.atecoEdition(), host.province(),
                host.address() == null ? current.address() : host.address(), host.employees());
        if (!merged.equals(new SaveHost(current.taxCode(), current.name(), current.ateco(), current.atecoEdition(),
                current.province(), current.address(), current.employees()))) {
            String before = hosts.json(current.id());
            hosts.update(current.id(), current.version(), merged, user.id());
            audit.record(AUDIT_TYPE, current.id(), "EDIT", user, before, hosts.json(current.id()), null);
        }
        return current.id();
    }

    /** Adds the company tutor named when an internship starts at the host; returns the tutor's id. */
    long addTutorForStart(long hostId, NewCompanyTutor tutor, CurrentUser user) {
        String before = hosts.json(hostId);
        long tutorId = hosts.addTutor(hostId, tutor);
        audit.record(AUDIT_TYPE, hostId, "TUTOR_ADD", user, before, hosts.json(hostId), tutor.name());
        return tutorId;
    }

    private void changeable(long id, CurrentUser user) {
        requireEditor(user);
        if (hosts.find(id).isEmpty()) {
            throw new HostNotFoundException(id);
        }
        if (!mayChange(id, user)) {
            throw new AccessDeniedException("only the authority and the providers that work with a host change it");
        }
    }

    static void requireEditor(CurrentUser user) {
        if (!user.is(Role.ADMIN) && !user.is(Role.OFFICER) && !user.is(Role.PROVIDER)) {
            throw new AccessDeniedException("only the authority and providers keep the host registry");
        }
    }

    /** The registry is read by the same users who keep it; analysts have the reports. */
    private static void requireReader(CurrentUser user) {
        requireEditor(user);
    }
}
