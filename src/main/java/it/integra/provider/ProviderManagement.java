package it.integra.provider;

import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.provider.internal.ProviderPolicy;
import it.integra.provider.internal.ProviderStore;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the provider registry. The authority's staff register providers and edit everything
 * but the code (the key other organisations' files use); a provider's own operators keep its
 * contacts and operating seats up to date. Every change is written to the audit trail with the
 * provider before and after.
 */
@Service
@Transactional
public class ProviderManagement {

    /** The entity type of providers in the audit trail. */
    public static final String AUDIT_TYPE = "provider";

    private final ProviderStore providers;
    private final AuditTrail audit;

    ProviderManagement(ProviderStore providers, AuditTrail audit) {
        this.providers = providers;
        this.audit = audit;
    }

    public ProviderDetails register(String code, ProviderData data, CurrentUser user) {
        requireStaff(user);
        String trimmed = code == null ? null : code.strip();
        List<Violation> violations = new ArrayList<>(ProviderPolicy.checkCode(trimmed,
                trimmed != null && providers.codeTaken(trimmed)));
        violations.addAll(ProviderPolicy.checkData(data));
        ViolationException.throwIfAny(violations);
        try {
            long id = providers.insert(trimmed, data);
            audit.record(AUDIT_TYPE, id, "CREATE", user, null, providers.json(id), null);
            return providers.byId(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            // another officer registered the same code between the check and the insert
            throw new ViolationException(List.of(Violation.of("code", "providers.error.code.taken", trimmed)));
        }
    }

    public ProviderDetails edit(long id, int expectedVersion, ProviderData data, CurrentUser user) {
        requireStaff(user);
        ViolationException.throwIfAny(ProviderPolicy.checkData(data));
        return change(id, expectedVersion, user, () -> providers.update(id, expectedVersion, data));
    }

    /** Contacts and seats: what the provider's own operators may change, as well as the authority's staff. */
    public ProviderDetails editContacts(long id, int expectedVersion, ProviderContacts contacts, List<OperatingSeat> seats,
                                        CurrentUser user) {
        if (!user.isAuthorityStaff() && !user.providerScope().map(own -> own == id).orElse(false)) {
            throw new AccessDeniedException("only the provider's own operators and the authority's staff");
        }
        List<OperatingSeat> kept = seats.stream().filter(seat -> !seat.isBlank()).toList();
        ViolationException.throwIfAny(ProviderPolicy.checkContacts(contacts, kept));
        return change(id, expectedVersion, user, () -> providers.updateContacts(id, expectedVersion, contacts, kept));
    }

    private ProviderDetails change(long id, int expectedVersion, CurrentUser user, Runnable update) {
        ProviderDetails current = providers.byId(id).orElseThrow(() -> new NoSuchElementException("no provider " + id));
        if (current.version() != expectedVersion) {
            throw changedMeanwhile();
        }
        String before = providers.json(id);
        try {
            update.run();
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile();
        }
        audit.record(AUDIT_TYPE, id, "EDIT", user, before, providers.json(id), null);
        return providers.byId(id).orElseThrow();
    }

    private static ViolationException changedMeanwhile() {
        return new ViolationException(List.of(Violation.of("", "providers.error.changedMeanwhile")));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("only the authority's staff register and edit providers");
        }
    }
}
