package it.integra.accounting;

import it.integra.accounting.internal.ClaimStore;
import it.integra.platform.CurrentUser;
import it.integra.programme.CallManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claims within the user's scope: a provider's operators see their own provider's, the authority's staff all. */
@Service
@Transactional(readOnly = true)
public class ClaimQueries {

    private final ClaimStore claims;
    private final CallManagement calls;

    ClaimQueries(ClaimStore claims, CallManagement calls) {
        this.claims = claims;
        this.calls = calls;
    }

    public Optional<ClaimSummary> summary(long id, CurrentUser user) {
        return claims.find(id).filter(claim -> visible(claim, user));
    }

    public Optional<ClaimDetails> find(long id, CurrentUser user) {
        return summary(id, user).map(claim -> new ClaimDetails(claim, claims.lines(id)));
    }

    public Page<ClaimSummary> search(ClaimStatus status, CurrentUser user, Pageable pageable) {
        if (user.isAuthorityStaff()) {
            return claims.search(null, status, pageable);
        }
        return user.providerScope().map(provider -> claims.search(provider, status, pageable))
                .orElseGet(() -> Page.empty(pageable));
    }

    /** What the user's provider could claim now in the call and period; empty for users of no provider. */
    public List<ClaimLine> claimable(String callCode, LocalDate from, LocalDate to, CurrentUser user) {
        if (user.providerScope().isEmpty() || from == null || to == null || to.isBefore(from)) {
            return List.of();
        }
        return calls.find(callCode).map(call -> claims.claimable(user.providerId(), call.id(), from, to))
                .orElse(List.of());
    }

    private static boolean visible(ClaimSummary claim, CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().map(p -> p == claim.providerId()).orElse(false);
    }
}
