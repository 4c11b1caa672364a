package it.integra.participant;

import it.integra.participant.internal.IntakeStore;
import it.integra.participant.internal.ParticipantStore;
import it.integra.participant.internal.RecordPolicy;
import it.integra.participant.internal.Scope;
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
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a person's record: register (one person, one record, whatever provider registers
 * them), edit, and replace a provisional tax code by the definitive one. Staff and the provider that
 * has the person in charge may change the record; every change goes to the audit trail, which keeps
 * no direct identifiers (see {@link ParticipantStore#auditJson}).
 */
@Service
@Transactional
public class ParticipantManagement {

    public static final String AUDIT_TYPE = "participant";

    private final ParticipantStore store;
    private final IntakeStore intakes;
    private final Scope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParticipantManagement(ParticipantStore store, IntakeStore intakes, Scope scope, AuditTrail audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.intakes = intakes;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Every rule the registration breaks, without registering; a tax code already known is not one. */
    @Transactional(readOnly = true)
    public List<Violation> check(RegisterParticipant command) {
        List<Violation> violations = new ArrayList<>(RecordPolicy.checkTaxCode("taxCode", command.taxCode()));
        violations.addAll(RecordPolicy.checkAgreement("taxCode", command.taxCode(), command.data().identity()));
        violations.addAll(RecordPolicy.check(command.data(), today()));
        if (command.takenOn() != null && command.takenOn().isAfter(today())) {
            violations.add(Violation.of("takenOn", "participant.date.future"));
        }
        return violations;
    }

    /** Every rule the record breaks. */
    public List<Violation> check(ParticipantData data) {
        return RecordPolicy.check(data, today());
    }

    /**
     * Registers a person and returns their id; a provider's operator takes them in charge at once.
     *
     * @throws AlreadyRegisteredException when the tax code is a registered person's current or earlier one
     */
    public long register(RegisterParticipant command, CurrentUser user) {
        if (!user.isAuthorityStaff() && !user.is(Role.PROVIDER)) {
            throw new AccessDeniedException("only staff and providers register people");
        }
        ViolationException.throwIfAny(check(command));
        String code = TaxCode.parse(command.taxCode()).value();
        Optional<Long> existing = store.idByTaxCode(code);
        if (existing.isPresent()) {
            throw new AlreadyRegisteredException(existing.get(), code);
        }
        long id = store.insert(code, command.data());
        audit.record(AUDIT_TYPE, id, "CREATE", user, null, store.auditJson(id), null);
        if (user.is(Role.PROVIDER)) {
            long intake = intakes.open(id, user.providerId(), command.takenOn() == null ? today() : command.takenOn())
                    .orElseThrow();
            audit.record(AUDIT_TYPE, id, "INTAKE_OPEN", user, null, intakes.auditJson(intake), null);
        }
        return id;
    }

    public void edit(long id, int expectedVersion, ParticipantData data, CurrentUser user) {
        ParticipantDetails before = changeable(id, user);
        List<Violation> violations = new ArrayList<>(check(data));
        violations.addAll(RecordPolicy.checkAgreement("birthDate", before.taxCode(), data.identity()));
        ViolationException.throwIfAny(violations);
        String beforeJson = store.auditJson(id);
        try {
            store.update(id, expectedVersion, data);
        } catch (OptimisticLockingFailureException e) {
            throw new ViolationException(List.of(Violation.of("", "participant.changedMeanwhile")));
        }
        audit.record(AUDIT_TYPE, id, "EDIT", user, beforeJson, store.auditJson(id),
                changedIdentifiers(before.data().identity(), data.identity(), before.data().legalStatus(),
                        data.legalStatus()));
    }

    /** Every rule replacing the person's tax code by {@code taxCode} breaks. */
    @Transactional(readOnly = true)
    public List<Violation> checkReplacement(long id, String taxCode) {
        List<Violation> violations = new ArrayList<>(RecordPolicy.checkTaxCode("taxCode", taxCode));
        if (!violations.isEmpty()) {
            return violations;
        }
        TaxCode code = TaxCode.parse(taxCode);
        if (!code.isPersonal()) {
            return List.of(Violation.of("taxCode", "participant.taxCode.notDefinitive"));
        }
        Optional<Long> holder = store.idByTaxCode(code.value());
        if (holder.isPresent()) {
            return List.of(Violation.of("taxCode", holder.get() == id ? "participant.taxCode.same" : "participant.taxCode.taken"));
        }
        return store.byId(id).map(person -> RecordPolicy.checkAgreement("taxCode", code.value(), person.data().identity()))
                .orElse(List.of());
    }

    /**
     * Replaces the person's tax code by the definitive 16-character one. The earlier code stays
     * findable; clearances, intakes and contracts are linked by the person's id and follow.
     */
    public void replaceTaxCode(long id, String taxCode, CurrentUser user) {
        ParticipantDetails person = changeable(id, user);
        ViolationException.throwIfAny(checkReplacement(id, taxCode));
        String code = TaxCode.parse(taxCode).value();
        String before = store.auditJson(id);
        store.replaceTaxCode(id, person.taxCode(), code, today());
        audit.record(AUDIT_TYPE, id, "REPLACE_TAX_CODE", user, before, store.auditJson(id), null);
        events.publishEvent(new TaxCodeReplaced(id, person.taxCode(), code));
    }

    private ParticipantDetails changeable(long id, CurrentUser user) {
        if (!scope.mayOpen(id, user)) {
            throw new ParticipantNotFoundException(id);
        }
        if (!scope.mayChange(id, user)) {
            throw new AccessDeniedException("only staff and the provider in charge change a record");
        }
        ParticipantDetails person = store.byId(id).orElseThrow(() -> new ParticipantNotFoundException(id));
        if (person.erased()) {
            throw new ViolationException(List.of(Violation.of("", "participant.erased")));
        }
        return person;
    }

    /** Which identifiers an edit changed, by name only: the trail must not keep their values. */
    private static String changedIdentifiers(ParticipantData.Identity before, ParticipantData.Identity after,
                                             ParticipantData.LegalStatus statusBefore,
                                             ParticipantData.LegalStatus statusAfter) {
        List<String> changed = new ArrayList<>();
        compare(changed, "familyName", before.familyName(), after.familyName());
        compare(changed, "givenName", before.givenName(), after.givenName());
        compare(changed, "birthDate", before.birthDate(), after.birthDate());
        compare(changed, "birthPlace", before.birthPlace(), after.birthPlace());
        compare(changed, "phone", before.phone(), after.phone());
        compare(changed, "email", before.email(), after.email());
        compare(changed, "address", before.address(), after.address());
        compare(changed, "permitNumber", statusBefore.permitNumber(), statusAfter.permitNumber());
        return changed.isEmpty() ? null : "identifiers changed: " + String.join(", ", changed);
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
