package it.integra.accounting;

import it.integra.accounting.AccountingEvents.PaymentOrderPaid;
import it.integra.accounting.internal.PaymentStore;
import it.integra.internship.AllowanceQueries;
import it.integra.internship.DueAllowance;
import it.integra.platform.AuditTrail;
import it.integra.platform.CurrentUser;
import it.integra.platform.Lifecycles;
import it.integra.platform.Violation;
import it.integra.platform.ViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments to trainees and hosts. For a call, an officer lists the month's allowances due (attendance
 * reached the threshold) or the hosts' flat amounts of completed internships; the payable ones, with an
 * account and a standing accrual in the ledger, go into a payment order exported for the bank, then
 * marked paid. A month of an internship is paid once, and a host once per internship: the database
 * refuses a second payment, however many officers try at once.
 */
@Service
@Transactional
public class PaymentManagement {

    public static final String AUDIT_TYPE = "payment_order";

    private final PaymentStore payments;
    private final AllowanceQueries allowances;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentManagement(PaymentStore payments, AllowanceQueries allowances, AuditTrail audit,
                      ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.allowances = allowances;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What is due in the call: for allowances, the trainees whose attendance in {@code month} reached
     * the threshold; for hosts, the completed internships' flat amounts ({@code month} is ignored).
     */
    @Transactional(readOnly = true)
    public List<PaymentCandidate> due(PaymentKind kind, long callId, LocalDate month, CurrentUser user) {
        requireStaff(user);
        if (kind == PaymentKind.HOST) {
            return payments.hosts(callId);
        }
        LocalDate first = month.withDayOfMonth(1);
        Map<Long, PaymentCandidate> trainees = payments.allowances(callId, first).stream()
                .collect(Collectors.toMap(PaymentCandidate::internshipId, Function.identity()));
        return allowances.dueInCall(callId).stream().filter(due -> due.month().equals(first))
                .map(due -> withDueAmount(trainees.get(due.internshipId()), due)).toList();
    }

    private static PaymentCandidate withDueAmount(PaymentCandidate candidate, DueAllowance due) {
        return new PaymentCandidate(candidate.kind(), candidate.internshipId(), candidate.internshipCode(),
                candidate.payeeId(), candidate.payee(), candidate.taxCode(), candidate.month(),
                candidate.entryId() == null ? due.amount() : candidate.amount(), candidate.iban(), candidate.entryId(),
                candidate.paid());
    }

    /** Puts every payable item into a new order; returns its id. */
    public long prepare(PaymentKind kind, long callId, LocalDate month, CurrentUser user) {
        requireStaff(user);
        payments.lockPreparation(kind, callId);
        List<PaymentCandidate> payable = due(kind, callId, month, user).stream().filter(PaymentCandidate::payable)
                .toList();
        LocalDate orderMonth = kind == PaymentKind.ALLOWANCE ? month.withDayOfMonth(1) : null;
        if (payable.isEmpty()) {
            // the same order prepared today by another click or officer is named, with who and when
            payments.preparedOn(kind, callId, orderMonth, today()).ifPresent(order -> {
                throw audit.changedMeanwhile(AUDIT_TYPE, order);
            });
            throw new ViolationException(List.of(Violation.of("", "payments.nothingPayable")));
        }
        long id = payments.insertOrder(kind, callId, orderMonth, today(), user.id());
        try {
            payable.forEach(candidate -> payments.insertPayment(id, candidate));
        } catch (DuplicateKeyException paidMeanwhile) {
            throw new ViolationException(List.of(Violation.of("", "payments.alreadyPaid")));
        }
        audit.record(AUDIT_TYPE, id, "PREPARE", user, null, payments.json(id), null);
        return id;
    }

    public PaymentOrderSummary markPaid(long id, CurrentUser user) {
        requireStaff(user);
        payments.lock(id);
        PaymentOrderSummary order = payments.order(id).orElseThrow(() -> new PaymentNotFoundException(id));
        if (Lifecycles.movedPast(order.status(), PaymentOrderStatus.PAID, PaymentOrderStatus::canBecome)) {
            throw audit.changedMeanwhile(AUDIT_TYPE, id);
        }
        if (!order.status().canBecome(PaymentOrderStatus.PAID)) {
            throw new ViolationException(List.of(Violation.of("", "payments.transition.refused", order.status(),
                    PaymentOrderStatus.PAID)));
        }
        String before = payments.json(id);
        payments.move(order, PaymentOrderStatus.PAID, today());
        audit.record(AUDIT_TYPE, id, "PAY", user, before, payments.json(id), null);
        events.publishEvent(new PaymentOrderPaid(id, order.kind()));
        return payments.order(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PaymentOrderSummary> orders(CurrentUser user) {
        requireStaff(user);
        return payments.orders();
    }

    @Transactional(readOnly = true)
    public PaymentOrderSummary order(long id, CurrentUser user) {
        requireStaff(user);
        return payments.order(id).orElseThrow(() -> new PaymentNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public List<PaymentView> payments(long orderId, CurrentUser user) {
        order(orderId, user);
        return payments.payments(orderId);
    }

    /** The payments to the user's provider's trainees and hosts; staff see them through the orders. */
    @Transactional(readOnly = true)
    public List<PaymentView> ofProvider(CurrentUser user) {
        return user.providerScope().map(payments::paymentsOfProvider).orElse(List.of());
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isAuthorityStaff()) {
            throw new AccessDeniedException("only the authority pays allowances and hosts");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
