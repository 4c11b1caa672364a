package it.integra.provider;

import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import it.integra.programme.CallSummary;
import it.integra.provider.internal.Application;
import it.integra.provider.internal.ApplicationPolicy;
import it.integra.provider.internal.ApplicationStore;
import it.integra.provider.internal.AttachmentPolicy;
import it.integra.provider.internal.AttachmentStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' applications to calls. A provider's operator submits one, with the declaration and
 * optional documents, to a call that accepts requests today; at most one per provider and call. The
 * authority's officers decide it once, ELIGIBLE or INELIGIBLE with a reason. Submissions and
 * decisions are written to the audit trail. A provider's operator sees only its provider's applications.
 */
@Service
@Transactional
public class ApplicationManagement {

    /** The entity type of applications in the audit trail. */
    public static final String AUDIT_TYPE = "application";

    private final ApplicationStore applications;
    private final AttachmentStore attachments;
    private final CallManagement calls;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationManagement(ApplicationStore applications, AttachmentStore attachments, CallManagement calls,
                          AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.attachments = attachments;
        this.calls = calls;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public ApplicationDetails submit(SubmitApplication command, CurrentUser user) {
        if (user.providerScope().isEmpty()) {
            throw new AccessDeniedException("only a provider's operators apply to calls");
        }
        Optional<CallDetails> call = Optional.ofNullable(command.callCode()).flatMap(calls::find);
        boolean applied = call.map(c -> applications.exists(c.id(), user.providerId())).orElse(false);
        ViolationException.throwIfAny(ApplicationPolicy.checkSubmission(command, call, applied, today()));
        long id;
        try {
            id = applications.insert(call.orElseThrow().id(), user, today(), clock.instant());
        } catch (DuplicateKeyException e) {
            // a colleague submitted for the same provider between the check and the insert
            throw new ViolationException(List.of(Violation.of("call", "providers.application.error.duplicate", command.callCode())));
        }
        for (NewAttachment file : command.attachments()) {
            attachments.insert(id, file.filename(), AttachmentPolicy.contentType(file.content()).orElseThrow(),
                    file.content(), user.id());
        }
        audit.record(AUDIT_TYPE, id, "SUBMIT", user, null, applications.json(id), null);
        events.publishEvent(new ApplicationSubmitted(id, call.get().id(), user.providerId()));
        return applications.details(id).orElseThrow();
    }

    /** Decides a pending application; only the authority's officers and administrators may. */
    public ApplicationDetails decide(DecideApplication command, CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("only the authority's officers decide applications");
        }
        Application current = applications.application(command.applicationId())
                .orElseThrow(() -> new NoSuchElementException("no application " + command.applicationId()));
        if (current.status().isDecided() || current.version() != command.expectedVersion()) {
            throw audit.changedMeanwhile(AUDIT_TYPE, current.id());
        }
        Application decided = current.decide(command.outcome(), command.reason());
        String before = applications.json(current.id());
        try {
            applications.decide(decided, user, clock.instant());
        } catch (OptimisticLockingFailureException e) {
            throw audit.changedMeanwhile(AUDIT_TYPE, current.id());
        }
        audit.record(AUDIT_TYPE, current.id(), "DECIDE", user, before, applications.json(current.id()), decided.reason());
        events.publishEvent(new ApplicationDecided(current.id(), current.callId(), current.providerId(), decided.status()));
        return applications.details(current.id()).orElseThrow();
    }

    /** The application, if it exists and the user may see it. */
    @Transactional(readOnly = true)
    public Optional<ApplicationDetails> find(long id, CurrentUser user) {
        return applications.details(id).filter(a -> maySee(a.providerId(), user));
    }

    /** The applications to a call: all of them, or a provider's operator's own. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> ofCall(String callCode, CurrentUser user) {
        return applications.ofCall(callCode, user.providerScope().orElse(null));
    }

    @Transactional(readOnly = true)
    public List<ApplicationSummary> ofProvider(long providerId, CurrentUser user) {
        return maySee(providerId, user) ? applications.ofProvider(providerId) : List.of();
    }

    /** The officers' list, oldest first; for the authority's staff only. */
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> search(ApplicationQuery query, Pageable pageable, CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("the list of all applications is for the authority's staff");
        }
        return applications.search(query, pageable);
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return applications.pendingCount();
    }

    /** A document of an application the user may see. */
    @Transactional(readOnly = true)
    public Optional<AttachmentContent> attachment(long applicationId, long attachmentId, CurrentUser user) {
        return find(applicationId, user).flatMap(a -> attachments.content(a.id(), attachmentId));
    }

    /** The calls that accept requests today and to which the user's provider has not applied yet. */
    @Transactional(readOnly = true)
    public List<CallSummary> callsOpenTo(CurrentUser user) {
        return user.providerScope()
                .map(provider -> calls.acceptingRequests().stream()
                        .filter(call -> !applications.exists(call.id(), provider)).toList())
                .orElse(List.of());
    }

    private static boolean maySee(long providerId, CurrentUser user) {
        return user.providerScope().map(own -> own == providerId).orElse(true);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
