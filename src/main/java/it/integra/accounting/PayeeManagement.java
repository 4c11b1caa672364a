package it.integra.accounting;

import it.integra.accounting.internal.PayeeStore;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import it.integra.shared.Iban;
import it.integra.shared.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts payments go to: each trainee's and each host's IBAN, checked with the ISO 13616 check
 * digits. The authority's staff and the providers that work with the person or host keep them; every
 * change is audited.
 */
@Service
@Transactional
public class PayeeManagement {

    private final PayeeStore payees;
    private final AuditTrail audit;

    PayeeManagement(PayeeStore payees, AuditTrail audit) {
        this.payees = payees;
        this.audit = audit;
    }

    /** The payee, if the user may see and change the account. */
    @Transactional(readOnly = true)
    public Optional<PayeeAccount> find(PayeeKind kind, long id, CurrentUser user) {
        return payees.find(kind, id).filter(payee -> mayKeep(kind, id, user));
    }

    /**
     * Saves the payee's IBAN, refused when it is not a valid IBAN or when someone changed the account
     * since {@code expectedVersion} was read (-1 for a payee without one).
     */
    public PayeeAccount save(PayeeKind kind, long id, String iban, int expectedVersion, CurrentUser user) {
        find(kind, id, user).orElseThrow(() -> new PaymentNotFoundException(kind + " " + id));
        Iban valid;
        try {
            valid = Iban.parse(iban);
        } catch (InvalidValueException e) {
            throw new ViolationException(List.of(new Violation("iban", e.messageKey(), List.of(e.arguments()))));
        }
        String before = payees.json(kind, id);
        if (!payees.save(kind, id, valid.value(), expectedVersion, user.id())) {
            throw new ViolationException(List.of(Violation.of("iban", "payees.changedMeanwhile")));
        }
        audit.record(auditType(kind), id, before == null ? "CREATE" : "EDIT", user, before, payees.json(kind, id), null);
        return payees.find(kind, id).orElseThrow();
    }

    public static String auditType(PayeeKind kind) {
        return kind == PayeeKind.PARTICIPANT ? "participant_account" : "host_account";
    }

    private boolean mayKeep(PayeeKind kind, long id, CurrentUser user) {
        return user.isAuthorityStaff()
                || user.providerScope().map(provider -> payees.servedBy(kind, id, provider)).orElse(false);
    }
}
