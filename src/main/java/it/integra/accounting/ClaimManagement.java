package it.integra.accounting;

import it.integra.accounting.AccountingEvents.ClaimMoved;
import it.integra.accounting.internal.ClaimStore;
import it.integra.accounting.internal.EndowmentLedgers;
import it.integra.accounting.internal.LedgerEntry;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Lifecycles;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.programme.CallDetails;
import it.integra.programme.CallManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provider claims (rendicontazione): the provider gathers its accrued, unclaimed service lines of a
 * call and period into a draft and requests payment; an officer accepts or rejects each line (a
 * rejection reverses the accrual in the ledger), verifies the claim once every line is decided, and
 * marks it paid. Every step is audited.
 */
@Service
@Transactional
public class ClaimManagement {

    public static final String AUDIT_TYPE = "claim";

    private final ClaimStore claims;
    private final ClaimQueries queries;
    private final EndowmentLedgers ledgers;
    private final CallManagement calls;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimManagement(ClaimStore claims, ClaimQueries queries, EndowmentLedgers ledgers, CallManagement calls,
                    AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.queries = queries;
        this.ledgers = ledgers;
        this.calls = calls;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft with every claimable line of the call and period; returns its id. */
    public long createDraft(CreateClaim command, CurrentUser user) {
        long provider = user.providerScope().orElseThrow(() -> new AccessDeniedException("providers make claims"));
        CallDetails call = command.callCode() == null ? null : calls.find(command.callCode()).orElse(null);
        ViolationException.throwIfAny(check(command, call));
        List<ClaimLine> lines = claims.claimable(provider, call.id(), command.periodFrom(), command.periodTo());
        if (lines.isEmpty()) {
            throw new ViolationException(List.of(Violation.of("", "claims.nothingToClaim")));
        }
        long id = claims.insert(provider, call.id(), command.periodFrom(), command.periodTo(), today(), user.id());
        try {
            claims.addLines(id, lines);
        } catch (DuplicateKeyException claimedMeanwhile) {
            throw new ViolationException(List.of(Violation.of("", "claims.claimedMeanwhile")));
        }
        audit.record(AUDIT_TYPE, id, "CREATE", user, null, claims.json(id), null);
        events.publishEvent(new ClaimMoved(id, provider, ClaimStatus.DRAFT));
        return id;
    }

    private List<Violation> check(CreateClaim command, CallDetails call) {
        List<Violation> violations = new ArrayList<>();
        if (call == null) {
            violations.add(Violation.of("callCode", "claims.callUnknown"));
        }
        if (command.periodFrom() == null || command.periodTo() == null) {
            violations.add(Violation.of("periodTo", "claims.periodMissing"));
        } else if (command.periodTo().isBefore(command.periodFrom())) {
            violations.add(Violation.of("periodTo", "claims.periodOrder"));
        } else if (command.periodTo().isAfter(today())) {
            violations.add(Violation.of("periodTo", "claims.periodFuture"));
        }
        return violations;
    }

    /** The provider sends its draft to the authority. */
    public ClaimSummary submit(long id, CurrentUser user) {
        ClaimSummary claim = own(id, user);
        return move(claim, ClaimStatus.REQUESTED, "REQUEST", user);
    }

    /** The provider throws away its draft; its lines can be claimed again. */
    public void discard(long id, CurrentUser user) {
        ClaimSummary claim = own(id, user);
        if (claim.status() != ClaimStatus.DRAFT) {
            // sent or decided meanwhile: a draft it will never be again
            throw audit.changedMeanwhile(AUDIT_TYPE, id);
        }
        String before = claims.json(id);
        claims.delete(id);
        audit.record(AUDIT_TYPE, id, "DISCARD", user, before, null, null);
    }

    public ClaimSummary accept(long claimId, long lineId, CurrentUser user) {
        ClaimLine line = undecidedLine(claimId, lineId, user);
        String before = claims.json(claimId);
        claims.decide(line.id(), "ACCEPTED", null, null, user.id());
        audit.record(AUDIT_TYPE, claimId, "LINE_ACCEPT", user, before, claims.json(claimId), null);
        return claims.find(claimId).orElseThrow();
    }

    /** Rejects a line with its reason; the ledger gets a reversing correction of the accrual. */
    public ClaimSummary reject(long claimId, long lineId, String reason, CurrentUser user) {
        ClaimLine line = undecidedLine(claimId, lineId, user);
        if (reason == null || reason.isBlank()) {
            throw new ViolationException(List.of(Violation.of("reason", "claims.reasonRequired")));
        }
        String why = reason.strip();
        LedgerEntry correction = ledgers.apply(line.clearanceId(), user.id(),
                        ledger -> List.of(ledger.reverse(line.entryId(), today(), why)))
                .orElseThrow().appended().stream().filter(e -> line.entryId() == e.reversesId())
                .findFirst().orElseThrow();
        String before = claims.json(claimId);
        claims.decide(line.id(), "REJECTED", why, correction.id(), user.id());
        audit.record(AUDIT_TYPE, claimId, "LINE_REJECT", user, before, claims.json(claimId), why);
        return claims.find(claimId).orElseThrow();
    }

    /** Verifies the claim once every line has its verdict. */
    public ClaimSummary verify(long id, CurrentUser user) {
        ClaimSummary claim = staffClaim(id, user);
        if (claim.status() == ClaimStatus.REQUESTED && claim.undecided() > 0) {
            throw new ViolationException(List.of(Violation.of("", "claims.linesUndecided", claim.undecided())));
        }
        return move(claim, ClaimStatus.VERIFIED, "VERIFY", user);
    }

    public ClaimSummary markPaid(long id, CurrentUser user) {
        return move(staffClaim(id, user), ClaimStatus.PAID, "PAY", user);
    }

    private ClaimSummary move(ClaimSummary claim, ClaimStatus next, String action, CurrentUser user) {
        if (Lifecycles.movedPast(claim.status(), next, ClaimStatus::canBecome)) {
            throw audit.changedMeanwhile(AUDIT_TYPE, claim.id());
        }
        if (!claim.status().canBecome(next)) {
            throw refused(claim.status(), next);
        }
        String before = claims.json(claim.id());
        claims.move(claim, next, today());
        audit.record(AUDIT_TYPE, claim.id(), action, user, before, claims.json(claim.id()), null);
        events.publishEvent(new ClaimMoved(claim.id(), claim.providerId(), next));
        return claims.find(claim.id()).orElseThrow();
    }

    private ClaimLine undecidedLine(long claimId, long lineId, CurrentUser user) {
        ClaimSummary claim = staffClaim(claimId, user);
        if (claim.status() != ClaimStatus.REQUESTED
                && Lifecycles.movedPast(claim.status(), ClaimStatus.REQUESTED, ClaimStatus::canBecome)) {
            throw audit.changedMeanwhile(AUDIT_TYPE, claimId);
        }
        if (claim.status() != ClaimStatus.REQUESTED) {
            throw new ViolationException(List.of(Violation.of("", "claims.notRequested")));
        }
        ClaimLine line = claims.lines(claimId).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> new ClaimNotFoundException(claimId));
        if (line.decided()) {
            throw audit.changedMeanwhile(AUDIT_TYPE, claimId);
        }
        return line;
    }

    /** The claim, locked, if it is the user's provider's. */
    private ClaimSummary own(long id, CurrentUser user) {
        claims.lock(id);
        ClaimSummary claim = queries.summary(id, user).orElseThrow(() -> new ClaimNotFoundException(id));
        if (user.providerScope().isEmpty()) {
            throw new AccessDeniedException("only the provider changes its draft claims");
        }
        return claim;
    }

    private ClaimSummary staffClaim(long id, CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("only the authority verifies and pays claims");
        }
        claims.lock(id);
        return claims.find(id).orElseThrow(() -> new ClaimNotFoundException(id));
    }

    private static ViolationException refused(ClaimStatus from, ClaimStatus to) {
        return new ViolationException(List.of(Violation.of("", "claims.transition.refused", from, to)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
