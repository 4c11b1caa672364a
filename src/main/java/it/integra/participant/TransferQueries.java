package it.integra.participant;

import it.integra.participant.internal.TransferPolicy;
import it.integra.participant.internal.TransferStore;
import it.integra.platform.CurrentUser;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer requests as their parties see them: the authority's queue, a provider's own requests and
 * those about the people it has (or had) in charge. Nobody else learns that a request exists.
 */
@Service
@Transactional(readOnly = true)
public class TransferQueries {

    /** How many requests a list shows; older ones stay in the person's audit trail. */
    public static final int LIST_SIZE = 100;

    private final TransferStore transfers;

    TransferQueries(TransferStore transfers) {
        this.transfers = transfers;
    }

    /**
     * One request, if the user is a party to it.
     *
     * @throws ParticipantNotFoundException otherwise, as for a request that does not exist
     */
    public TransferRequestView find(long id, CurrentUser user) {
        return transfers.view(id, user.providerScope().orElse(null))
                .filter(view -> TransferPolicy.maySee(party(view, user)))
                .orElseThrow(() -> new ParticipantNotFoundException("transfer request " + id));
    }

    private static TransferPolicy.Party party(TransferRequestView view, CurrentUser user) {
        return TransferPolicy.partyOf(user, view.fromProviderId(), view.toProviderId());
    }

    /** Whether the user may take the step on the request now, as far as who they are goes. */
    public boolean mayTake(TransferStep step, TransferRequestView view, CurrentUser user) {
        return TransferPolicy.mayTake(step, party(view, user));
    }

    /** The authority's queue: requests waiting for a decision, the oldest first. */
    public List<TransferRequestView> waiting(CurrentUser user) {
        requireStaff(user);
        return transfers.waiting();
    }

    /** The latest decided requests, for the authority. */
    public List<TransferRequestView> decided(CurrentUser user) {
        requireStaff(user);
        return transfers.decided(LIST_SIZE);
    }

    /** The requests the user's provider filed, waiting ones first. */
    public List<TransferRequestView> filed(CurrentUser user) {
        return user.providerScope().map(provider -> transfers.ofProvider(provider, true, LIST_SIZE)).orElse(List.of());
    }

    /** The requests about people the user's provider has or had in charge, waiting ones first. */
    public List<TransferRequestView> received(CurrentUser user) {
        return user.providerScope().map(provider -> transfers.ofProvider(provider, false, LIST_SIZE)).orElse(List.of());
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("the authority decides transfer requests");
        }
    }
}
