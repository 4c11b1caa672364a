package it.integra.participant;

import it.integra.participant.internal.AccessLog;
import it.integra.participant.internal.Erasure;
import it.integra.participant.internal.ParticipantStore;
import it.integra.participant.internal.Scope;
import it.integra.participant.internal.SubjectAccessExport;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Identifiers;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the special-category data of the people call for: the access log for administrators, the
 * subject-access export for staff, and pseudonymisation once the retention period has passed: the
 * retention of the call (its closing date plus its own years) that ends last among the calls in
 * which the person has a clearance, or, for a person with no clearance, the default
 * ({@code integra.retention-years}, 10 by default) from the last intake.
 */
@Service
@Transactional
public class ParticipantPrivacy {

    private final AccessLog log;
    private final Erasure erasure;
    private final SubjectAccessExport export;
    private final ParticipantStore people;
    private final Scope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantPrivacy(AccessLog log, Erasure erasure, SubjectAccessExport export, ParticipantStore people, Scope scope,
                       AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.log = log;
        this.erasure = erasure;
        this.export = export;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccessLogEntry> accessLog(AccessLogQuery query, Pageable pageable, CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("administrators read the access log");
        }
        return log.search(query, pageable);
    }

    /** All of a person's data in one ZIP file, for a subject-access request; staff only, logged. */
    public byte[] export(long participantId, CurrentUser user) {
        requireStaff(user);
        if (!scope.mayOpen(participantId, user)) {
            throw new ParticipantNotFoundException(participantId);
        }
        log.record(participantId, user, AccessAction.EXPORT, "subject-access");
        audit.record(ParticipantManagement.AUDIT_TYPE, participantId, "SUBJECT_ACCESS_EXPORT", user, null, null, null);
        return export.zip(participantId, OffsetDateTime.now(clock).toString());
    }

    @Transactional(readOnly = true)
    public Retention retention(long participantId) {
        return erasure.retention(participantId);
    }

    /** Pseudonymises the record; refused while its retention period runs. Administrators only. */
    public void erase(long participantId, CurrentUser user) {
        requireAdmin(user);
        ParticipantDetails person = people.byId(participantId).orElseThrow(() -> new ParticipantNotFoundException(participantId));
        if (person.erased()) {
            return;
        }
        Retention retention = erasure.retention(participantId);
        if (!retention.erasableOn(today())) {
            throw new ViolationException(List.of(retention.inCharge()
                    ? Violation.of("", "participant.erase.inCharge")
                    : Violation.of("", "participant.erase.tooEarly",
                            retention.erasableFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        }
        eraseNow(participantId, retention, user);
    }

    /** Pseudonymises every record whose retention has ended; returns how many. */
    public int eraseDue(CurrentUser user) {
        requireAdmin(user);
        List<Long> due = erasure.due(today());
        due.forEach(id -> eraseNow(id, erasure.retention(id), user));
        return due.size();
    }

    @Transactional(readOnly = true)
    public int dueForErasure() {
        return erasure.due(today()).size();
    }

    /** The default retention in years, for people with no clearance in any call. */
    public int retentionYears() {
        return erasure.years();
    }

    /**
     * Pseudonymises the record, then forgets the person wherever a copy of their identifiers was kept:
     * the access log's filters, the audit trail of their record, and (through {@link ParticipantErased})
     * every other module's records of theirs.
     */
    private void eraseNow(long participantId, Retention retention, CurrentUser user) {
        Identifiers person = erasure.identifiers(participantId);
        String before = people.auditJson(participantId);
        Erasure.Pseudonyms pseudonyms = erasure.erase(participantId, today());
        audit.record(ParticipantManagement.AUDIT_TYPE, participantId, "ERASE", user, before,
                people.auditJson(participantId), "retention " + retention.years() + " years from " + retention.referenceDate());
        log.forget(person);
        audit.forget(ParticipantManagement.AUDIT_TYPE, List.of(participantId), person, Set.of());
        events.publishEvent(new ParticipantErased(participantId, pseudonyms.pseudonym(), pseudonyms.taxCode(), person));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("staff answer subject-access requests");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new AccessDeniedException("administrators erase records");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
