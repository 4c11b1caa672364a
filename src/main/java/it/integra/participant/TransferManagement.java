package it.integra.participant;

import it.integra.participant.internal.IntakeStore;
import it.integra.participant.internal.ParticipantStore;
import it.integra.participant.internal.RecordPolicy;
import it.integra.participant.internal.Scope;
import it.integra.participant.internal.TransferPolicy;
import it.integra.participant.internal.TransferPolicy.Party;
import it.integra.participant.internal.TransferStore;
import it.integra.platform.AuditTrail;
import it.integra.platform.ChangedMeanwhile;
import it.integra.platform.CurrentUser;
import it.integra.platform.Role;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.TaxCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of a person from the provider that has them in charge to another: the other provider
 * asks, giving a reason; the authority approves or refuses, or the provider in charge approves by
 * releasing the person; the requester may withdraw while the request waits. On approval the person
 * leaves the first provider and the requester takes them in charge that day, seeing the record from
 * then on but none of the first provider's documents or pathway until the authority shares them.
 * Every step goes to the person's audit trail.
 */
@Service
@Transactional
public class TransferManagement {

    private final TransferStore transfers;
    private final IntakeStore intakes;
    private final ParticipantStore people;
    private final Scope scope;
    private final AuditTrail audit;
    private final Clock clock;

    TransferManagement(TransferStore transfers, IntakeStore intakes, ParticipantStore people, Scope scope,
                       AuditTrail audit, Clock clock) {
        this.transfers = transfers;
        this.intakes = intakes;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The operator's provider asks to take over the person with this tax code from the provider that
     * has them in charge.
     *
     * @return the request's id
     */
    public long request(String taxCode, String reason, CurrentUser user) {
        if (!user.is(Role.PROVIDER)) {
            throw new AccessDeniedException("only a provider asks to take a person over");
        }
        ViolationException.throwIfAny(RecordPolicy.checkTaxCode("taxCode", taxCode));
        String code = TaxCode.parse(taxCode).value();
        long id = people.idByTaxCode(code).orElseThrow(() -> new ParticipantNotFoundException(taxCode));
        ViolationException.throwIfAny(TransferPolicy.checkReason(reason));
        if (scope.inCharge(id, user.providerId())) {
            throw refusal("participant.transfer.alreadyInCharge");
        }
        if (transfers.pending(id, user.providerId())) {
            throw refusal("participant.transfer.alreadyRequested");
        }
        long holder = intakes.holderOtherThan(id, user.providerId())
                .orElseThrow(() -> refusal("participant.transfer.notInChargeElsewhere"));
        long request;
        try {
            request = transfers.insert(id, holder, code, reason.strip(), today(), user);
        } catch (DuplicateKeyException e) {
            // a colleague of the same provider filed it between our check and our insert
            throw refusal("participant.transfer.alreadyRequested");
        }
        audit.record(ParticipantManagement.AUDIT_TYPE, id, "TRANSFER_REQUEST", user, null,
                transfers.auditJson(request), null);
        return request;
    }

    /** The authority approves: the person leaves the provider in charge and the requester takes them in charge. */
    public void approve(long requestId, String note, CurrentUser user) {
        decide(requestId, TransferStep.APPROVE, note, user);
    }

    /** The authority refuses, saying why. */
    public void refuse(long requestId, String note, CurrentUser user) {
        decide(requestId, TransferStep.REFUSE, note, user);
    }

    /** The provider in charge lets the person go to the requester, which approves the request. */
    public void release(long requestId, CurrentUser user) {
        decide(requestId, TransferStep.RELEASE, null, user);
    }

    /** The requester no longer asks. */
    public void withdraw(long requestId, CurrentUser user) {
        decide(requestId, TransferStep.WITHDRAW, null, user);
    }

    /**
     * The authority shares with the requester, on a granted request, the earlier provider's documents,
     * pathway history, or both. Sharing is never taken back here: what was read cannot be unread.
     */
    public void share(long requestId, Set<SharedPart> parts, CurrentUser user) {
        TransferStore.Row row = allowed(requestId, TransferStep.SHARE, user);
        ViolationException.throwIfAny(TransferPolicy.check(TransferStep.SHARE, row.status(), false, null, parts));
        String before = transfers.auditJson(requestId);
        List<SharedPart> added = transfers.share(requestId, parts, today(), user);
        if (!added.isEmpty()) {
            audit.record(ParticipantManagement.AUDIT_TYPE, row.participantId(), "TRANSFER_SHARE", user, before,
                    transfers.auditJson(requestId), null);
        }
    }

    private void decide(long requestId, TransferStep step, String note, CurrentUser user) {
        TransferStore.Row row = allowed(requestId, step, user);
        boolean holderInCharge = scope.inCharge(row.participantId(), row.fromProviderId());
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!row.status().isPending()) {
            throw decidedMeanwhile(row);
        }
        ViolationException.throwIfAny(TransferPolicy.check(step, row.status(), holderInCharge, text, null));
        TransferStatus next = step.leadsTo().orElseThrow();
        String before = transfers.auditJson(requestId);
        if (!transfers.decide(requestId, next, text, today(), user)) {
            // another officer or operator decided between our read and our write
            throw decidedMeanwhile(row);
        }
        audit.record(ParticipantManagement.AUDIT_TYPE, row.participantId(), "TRANSFER_" + step.name(), user, before,
                transfers.auditJson(requestId), null);
        if (next.isGranted()) {
            move(row, user);
        }
    }

    /** Closes the earlier provider's intake, if still open, and opens the requester's from today. */
    private void move(TransferStore.Row row, CurrentUser user) {
        intakes.openOf(row.participantId(), row.fromProviderId()).ifPresent(intake -> {
            String before = intakes.auditJson(intake.id());
            intakes.close(intake.id(), today().isBefore(intake.takenOn()) ? intake.takenOn() : today());
            audit.record(ParticipantManagement.AUDIT_TYPE, row.participantId(), "INTAKE_CLOSE", user, before,
                    intakes.auditJson(intake.id()), "transfer " + row.id());
        });
        intakes.open(row.participantId(), row.toProviderId(), today()).ifPresent(intake ->
                audit.record(ParticipantManagement.AUDIT_TYPE, row.participantId(), "INTAKE_OPEN", user, null,
                        intakes.auditJson(intake), "transfer " + row.id()));
    }

    private TransferStore.Row allowed(long requestId, TransferStep step, CurrentUser user) {
        TransferStore.Row row = transfers.row(requestId)
                .orElseThrow(() -> new ParticipantNotFoundException("transfer request " + requestId));
        Party party = TransferPolicy.partyOf(user, row.fromProviderId(), row.toProviderId());
        if (!TransferPolicy.maySee(party)) {
            throw new ParticipantNotFoundException("transfer request " + requestId);
        }
        if (!TransferPolicy.mayTake(step, party)) {
            throw new AccessDeniedException(party + " may not " + step + " a transfer request");
        }
        return row;
    }

    /** Decided by someone else first: named from the person's trail, where transfer steps are recorded. */
    private ChangedMeanwhile decidedMeanwhile(TransferStore.Row row) {
        return audit.changedMeanwhile(ParticipantManagement.AUDIT_TYPE, row.participantId(), "TRANSFER_");
    }

    private static ViolationException refusal(String code, Object... arguments) {
        return new ViolationException(List.of(Violation.of("", code, arguments)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
