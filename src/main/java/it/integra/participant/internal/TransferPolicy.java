package it.integra.participant.internal;

import it.integra.participant.SharedPart;
import it.integra.participant.TransferStatus;
import it.integra.participant.TransferStep;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what to a transfer request, and when. The authority approves, refuses and shares; the
 * provider that has the person in charge releases them; the requesting provider withdraws. Anyone
 * else does not see the request at all.
 */
public final class TransferPolicy {

    /** The longest reason or note kept. */
    public static final int TEXT_LENGTH = 2000;

    /** How the user stands to a request. */
    public enum Party { AUTHORITY, REQUESTER, HOLDER, OTHER }

    private static final Map<TransferStep, Party> WHO = Map.of(
            TransferStep.APPROVE, Party.AUTHORITY,
            TransferStep.REFUSE, Party.AUTHORITY,
            TransferStep.SHARE, Party.AUTHORITY,
            TransferStep.RELEASE, Party.HOLDER,
            TransferStep.WITHDRAW, Party.REQUESTER);

    private TransferPolicy() {
    }

    public static Party partyOf(CurrentUser user, long fromProviderId, long toProviderId) {
        if (user == null) {
            return Party.OTHER;
        }
        if (user.isAuthorityStaff()) {
            return Party.AUTHORITY;
        }
        Long provider = user.providerScope().orElse(null);
        if (provider == null) {
            return Party.OTHER;
        }
        if (provider == toProviderId) {
            return Party.REQUESTER;
        }
        return provider == fromProviderId ? Party.HOLDER : Party.OTHER;
    }

    /** The parties to a request see it; nobody else learns that it exists. */
    public static boolean maySee(Party party) {
        return party != Party.OTHER;
    }

    public static boolean mayTake(TransferStep step, Party party) {
        return WHO.get(step) == party;
    }

    /** Every reason the reason given with a request is refused. */
    public static List<Violation> checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(Violation.of("reason", "participant.transfer.reasonRequired"));
        }
        return reason.strip().length() > TEXT_LENGTH
                ? List.of(Violation.of("reason", "participant.tooLong", TEXT_LENGTH)) : List.of();
    }

    /**
     * Every reason the step cannot be taken on a request in {@code status}.
     *
     * @param holderInCharge whether the provider the person is to leave still has them in charge
     * @param note the decision's note (required to refuse)
     * @param parts what a share shares
     */
    public static List<Violation> check(TransferStep step, TransferStatus status, boolean holderInCharge, String note,
                                        Set<SharedPart> parts) {
        List<Violation> violations = new ArrayList<>();
        step.leadsTo().filter(next -> !status.canBecome(next))
                .ifPresent(next -> violations.add(Violation.of("", "participant.transfer.notPending", status.name())));
        if (step == TransferStep.RELEASE && status.isPending() && !holderInCharge) {
            violations.add(Violation.of("", "participant.transfer.notInCharge"));
        }
        if (step == TransferStep.REFUSE && (note == null || note.isBlank())) {
            violations.add(Violation.of("note", "participant.transfer.noteRequired"));
        }
        if (note != null && note.strip().length() > TEXT_LENGTH) {
            violations.add(Violation.of("note", "participant.tooLong", TEXT_LENGTH));
        }
        if (step == TransferStep.SHARE && !status.isGranted()) {
            violations.add(Violation.of("", "participant.transfer.notGranted", status.name()));
        }
        if (step == TransferStep.SHARE && (parts == null || parts.isEmpty())) {
            violations.add(Violation.of("parts", "participant.transfer.nothingShared"));
        }
        return violations;
    }
}
