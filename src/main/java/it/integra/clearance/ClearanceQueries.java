package it.integra.clearance;

import it.integra.clearance.internal.ClearanceStore;
import it.integra.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of clearances within the user's scope: a provider's operators see their own provider's, the
 * authority sees all. Analysts see none here (they have the reports).
 */
@Service
@Transactional(readOnly = true)
public class ClearanceQueries {

    /** How many days before the start deadline a granted clearance shows as expiring. */
    public static final int EXPIRING_NOTICE_DAYS = 15;

    private final ClearanceStore clearances;
    private final ObjectProvider<AwaitingStart> awaiting;
    private final Clock clock;

    ClearanceQueries(ClearanceStore clearances, ObjectProvider<AwaitingStart> awaiting, Clock clock) {
        this.clearances = clearances;
        this.awaiting = awaiting;
        this.clock = clock;
    }

    public Optional<ClearanceView> find(long id, CurrentUser user) {
        return clearances.find(id).filter(c -> visible(c, user));
    }

    /** Requests waiting for a decision, oldest first. */
    public Page<ClearanceView> queue(CurrentUser user, Pageable pageable) {
        Scope scope = scope(user, "k.status = 'REQUESTED'");
        return clearances.page(scope.where, scope.params, "k.requested_on, k.id", pageable);
    }

    /** How many requests wait for a decision (an index holds them: exact and cheap). */
    public long waiting(CurrentUser user) {
        Scope scope = scope(user, "k.status = 'REQUESTED'");
        return clearances.count(scope.where, scope.params);
    }

    /** Clearances matching the filters, newest first. */
    public Page<ClearanceView> search(ClearanceFilter filter, CurrentUser user, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.append(" AND k.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.callCode() != null) {
            where.append(" AND k.call_id = (SELECT id FROM programme.call WHERE code = :call)");
            params.put("call", filter.callCode());
        }
        if (filter.text() != null) {
            where.append(" AND (k.code ILIKE :text OR EXISTS (SELECT 1 FROM participant.participant p WHERE p.id = "
                    + "k.participant_id AND (p.tax_code ILIKE :text OR p.family_name ILIKE :text OR p.given_name ILIKE :text)))");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Scope scope = scope(user, where.toString());
        scope.params.putAll(params);
        return clearances.page(scope.where, scope.params, "k.requested_on DESC, k.id DESC", pageable);
    }

    /**
     * Granted clearances whose internship has not started and whose start deadline (grant date plus
     * the call's start window) falls within the notice period or has passed, most urgent first. For the
     * authority they are looked for where {@link AwaitingStart} says granted clearances wait (when a
     * module provides it), a provider's among its own.
     */
    public List<ClearanceView> expiring(CurrentUser user) {
        Scope scope = scope(user, """
                k.status = 'GRANTED' AND NOT EXISTS (SELECT 1 FROM internship.internship i WHERE i.clearance_id = k.id)
                AND k.decided_on + (SELECT c.start_window_days FROM programme.call c WHERE c.id = k.call_id)
                    <= CAST(:horizon AS date)""");
        scope.params.put("horizon", LocalDate.now(clock).plusDays(EXPIRING_NOTICE_DAYS));
        AwaitingStart awaiting = this.awaiting.getIfAvailable();
        if (user.isAuthorityStaff() && awaiting != null) {
            List<AwaitingStart.RequestMonth> months = awaiting.where();
            if (months.isEmpty()) {
                return List.of();
            }
            scope.params.put("awaitCalls", array(months, m -> String.valueOf(m.callId())));
            scope.params.put("awaitProvinces", array(months, AwaitingStart.RequestMonth::province));
            scope.params.put("awaitMonths", array(months, m -> m.month().toString()));
            scope = new Scope(scope.where + " AND " + IN_MONTHS, scope.params);
        }
        return clearances.list(scope.where, scope.params, "k.decided_on, k.id");
    }

    /** The clearance {@code k} is granted in one of the months of request {@code :await...} (array literals). */
    private static final String IN_MONTHS = """
            k.id = ANY (ARRAY(SELECT aw.id FROM unnest(CAST(:awaitCalls AS bigint[]), CAST(:awaitProvinces AS text[]),
                                                       CAST(:awaitMonths AS date[])) AS w(call_id, province, month)
                              JOIN clearance.clearance aw ON aw.call_id = w.call_id AND aw.province = w.province
                               AND aw.requested_on >= w.month AND aw.requested_on < w.month + interval '1 month'
                              WHERE aw.status = 'GRANTED'))""";

    private static String array(List<AwaitingStart.RequestMonth> months,
                                java.util.function.Function<AwaitingStart.RequestMonth, String> element) {
        return months.stream().map(element).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    public List<ClearanceView> ofParticipant(long participantId, CurrentUser user) {
        Scope scope = scope(user, "k.participant_id = :participant");
        scope.params.put("participant", participantId);
        return clearances.list(scope.where, scope.params, "k.requested_on DESC, k.id DESC");
    }

    private static boolean visible(ClearanceView clearance, CurrentUser user) {
        return user.isAuthorityStaff() || user.providerScope().map(p -> p == clearance.providerId()).orElse(false);
    }

    private record Scope(String where, Map<String, Object> params) {
    }

    private static Scope scope(CurrentUser user, String where) {
        Map<String, Object> params = new HashMap<>();
        if (user.isAuthorityStaff()) {
            return new Scope(where, params);
        }
        if (user.providerScope().isPresent()) {
            params.put("scopeProvider", user.providerId());
            return new Scope("(" + where + ") AND k.provider_id = :scopeProvider", params);
        }
        return new Scope("false", params);
    }
}
